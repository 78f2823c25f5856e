package io.bilheteria.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.client.ApiException;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BlockingCall;
import io.bilheteria.ui.tasks.InlineTaskExecutor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pipeline as a view model uses it, run inline: no stage, no threads, no waiting. */
class BackendCallsTest {
    private final BackendCalls calls = new BackendCalls(new InlineTaskExecutor(), new Messages(Messages.PT_BR));
    private final List<String> seen = new ArrayList<>();

    @Test
    void busyWhileTheCallRunsAndNotOnceItsAnswerIsHandled() {
        calls.busyProperty().addListener((obs, was, now) -> seen.add("busy " + now));

        calls.read(() -> {
            seen.add("calling, busy " + calls.isBusy());
            return 3;
        }, seats -> seen.add("answer " + seats + ", busy " + calls.isBusy()));

        assertThat(seen).containsExactly("busy true", "calling, busy true", "busy false", "answer 3, busy false");
    }

    @Test
    void notBusyOnceAFailureIsHandledEither() {
        calls.write(failing(unreachable()), value -> seen.add("answer"),
                failure -> seen.add("failed, busy " + calls.isBusy()));

        assertThat(seen).containsExactly("failed, busy false");
        assertThat(calls.isBusy()).isFalse();
    }

    @Test
    void aFailureNobodyAnswersIsShownInPlainWords() {
        calls.read(failing(unreachable()), value -> seen.add("answer"));

        CallFailure failure = calls.getFailure();
        assertThat(failure.message()).isEqualTo("Sem conexão com o servidor. Tente de novo em instantes.");
        assertThat(failure.backendUnavailable()).isTrue();
        assertThat(seen).isEmpty();
    }

    @Test
    void aScreenThatAnswersAFailureItselfGetsItInsteadAndMayStillShowIt() {
        calls.write(failing(new IllegalStateException("Escolha os lugares primeiro.")), value -> seen.add("answer"),
                failure -> seen.add("screen: " + failure.message()));

        assertThat(seen).containsExactly("screen: Escolha os lugares primeiro.");
        assertThat(calls.getFailure()).as("not shown unless reported").isNull();
    }

    @Test
    void eachReportedFailureReachesTheViewThatSaysIt() {
        calls.whenReported(failure -> seen.add("said: " + failure.message()));

        calls.read(failing(new IllegalArgumentException("Digite um número.")), value -> { });
        calls.read(() -> 1, value -> seen.add("answer " + value));
        calls.write(failing(new IllegalArgumentException("Digite um número.")), value -> { });

        assertThat(seen).containsExactly("said: Digite um número.", "answer 1", "said: Digite um número.");
    }

    @Test
    void theNextCallClearsTheFailureShown() {
        calls.read(failing(unreachable()), value -> seen.add("answer"));

        calls.read(() -> 1, value -> seen.add("answer " + value));

        assertThat(calls.getFailure()).isNull();
        assertThat(seen).containsExactly("answer 1");
    }

    @Test
    void retryIsOfferedForReadsAndIdempotentWritesNotForWrites() {
        calls.read(failing(unreachable()), value -> { });
        assertThat(calls.getFailure().canRetry()).as("a read").isTrue();

        calls.idempotentWrite(failing(unreachable()), value -> { });
        assertThat(calls.getFailure().canRetry()).as("a payment under its key").isTrue();

        calls.write(failing(unreachable()), value -> { });
        assertThat(calls.getFailure().canRetry()).as("a new partner").isFalse();
        assertThatThrownBy(calls.getFailure()::retry).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void retryIsNotOfferedWhenTheSameAnswerWouldCome() {
        calls.read(failing(ApiException.of(404, FailureMessagesTest.problem(404, "Not found", "no such event"))),
                value -> { });
        assertThat(calls.getFailure().canRetry()).as("a refusal").isFalse();

        calls.read(failing(new IllegalArgumentException("Digite um número.")), value -> { });
        assertThat(calls.getFailure().canRetry()).as("our own sentence").isFalse();

        calls.read(failing(new RuntimeException("a bug, or a server fault")), value -> { });
        assertThat(calls.getFailure().canRetry()).as("unexpected: may pass").isTrue();
    }

    @Test
    void retryRunsTheCallAgainAndItsAnswerReachesTheSameHandler() {
        AtomicInteger attempts = new AtomicInteger();
        calls.read(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw unreachable();
            }
            return "8 events";
        }, events -> seen.add(events));

        calls.getFailure().retry();

        assertThat(attempts).hasValue(2);
        assertThat(seen).containsExactly("8 events");
        assertThat(calls.getFailure()).isNull();
    }

    @Test
    void aRetryThatFailsAgainIsOfferedAgainThroughTheScreensOwnHandler() {
        AtomicInteger attempts = new AtomicInteger();
        calls.idempotentWrite(failing(unreachable(), attempts), value -> seen.add("paid"), failure -> {
            seen.add("failed " + attempts.get());
            calls.report(failure);
        });

        calls.getFailure().retry();

        assertThat(seen).containsExactly("failed 1", "failed 2");
        assertThat(calls.getFailure().canRetry()).isTrue();
    }

    @Test
    void workThatRanElsewhereIsShownTheSameWayButNeverOfferedAgain() {
        calls.report(unreachable());

        assertThat(calls.getFailure().message()).startsWith("Sem conexão com o servidor");
        assertThat(calls.getFailure().backendUnavailable()).isTrue();
        assertThat(calls.getFailure().canRetry()).isFalse();
    }

    private static BackendUnavailableException unreachable() {
        return new BackendUnavailableException(new IOException("Connection refused"));
    }

    private static <V> BlockingCall<V> failing(RuntimeException error) {
        return failing(error, new AtomicInteger());
    }

    private static <V> BlockingCall<V> failing(RuntimeException error, AtomicInteger attempts) {
        return () -> {
            attempts.incrementAndGet();
            throw error;
        };
    }
}
