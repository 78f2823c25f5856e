package io.bilheteria.devices.payment.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.devices.payment.CardData;
import io.bilheteria.devices.payment.CardReadResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimulatedPaymentTerminalTest {
    private static final Duration A_MINUTE = Duration.ofMinutes(1);
    private final SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();

    @Test
    void thePadShowsTheAmountAndTheCardTheCustomerPicksReachesTheApp() throws Exception {
        List<Optional<PendingCardRead>> padStates = new CopyOnWriteArrayList<>();
        terminal.addListener(padStates::add);

        CompletableFuture<CardReadResult> read = terminal.readCard(9000, "BRL", A_MINUTE);

        assertThat(terminal.pendingRead()).contains(new PendingCardRead(9000, "BRL"));
        terminal.present(SandboxCard.DECLINES);

        CardReadResult result = read.get(5, TimeUnit.SECONDS);
        assertThat(result).isInstanceOf(CardReadResult.Presented.class);
        CardData card = ((CardReadResult.Presented) result).card();
        assertThat(card.number()).isEqualTo("4000000000000002");
        assertThat(card.holder()).isNotBlank();
        assertThat(terminal.pendingRead()).isEmpty();
        assertThat(padStates).containsExactly(Optional.of(new PendingCardRead(9000, "BRL")), Optional.empty());
    }

    @Test
    void theResultArrivesOnADeviceThreadNotOnTheThreadThatPressedTheButton() throws Exception {
        CompletableFuture<Thread> deliveredOn = terminal.readCard(4500, "BRL", A_MINUTE)
                .thenApply(result -> Thread.currentThread());

        terminal.present(SandboxCard.APPROVES);

        assertThat(deliveredOn.get(5, TimeUnit.SECONDS)).isNotSameAs(Thread.currentThread());
    }

    @Test
    void cancellingEndsTheReadAsCancelledAndFreesTheTerminal() throws Exception {
        CompletableFuture<CardReadResult> read = terminal.readCard(4500, "BRL", A_MINUTE);

        terminal.cancelRead();

        assertThat(read.get(5, TimeUnit.SECONDS)).isInstanceOf(CardReadResult.Cancelled.class);
        assertThat(terminal.pendingRead()).isEmpty();
        assertThatThrownBy(() -> terminal.present(SandboxCard.APPROVES)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCardPresentedWhenNoReadIsPendingIsRefused() {
        assertThatThrownBy(() -> terminal.present(SandboxCard.APPROVES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no card read is pending");
    }

    @Test
    void theAppPresentsTheCardSinceTheSimulatorHasNoReaderButOnlyToAReadWaitingForOne() throws Exception {
        assertThat(terminal.takesCardsFromApp()).isTrue();
        assertThat(terminal.presentFromApp(SandboxCard.APPROVES.card())).as("no read pending").isFalse();

        CompletableFuture<CardReadResult> read = terminal.readCard(4500, "BRL", A_MINUTE);

        assertThat(terminal.presentFromApp(SandboxCard.DECLINES.card())).isTrue();
        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(new CardReadResult.Presented(SandboxCard.DECLINES.card()));
    }

    @Test
    void oneReadAtATime() {
        terminal.readCard(4500, "BRL", A_MINUTE);

        assertThatThrownBy(() -> terminal.readCard(100, "BRL", A_MINUTE)).isInstanceOf(IllegalStateException.class);
        assertThat(terminal.pendingRead()).contains(new PendingCardRead(4500, "BRL"));
    }

    @Test
    void aReadWithoutACardTimesOut() throws Exception {
        CompletableFuture<CardReadResult> read = terminal.readCard(4500, "BRL", Duration.ofMillis(50));

        assertThat(read.get(5, TimeUnit.SECONDS)).isInstanceOf(CardReadResult.TimedOut.class);
        assertThat(terminal.pendingRead()).isEmpty();
    }

    @Test
    void theAppDroppingTheFutureAbandonsTheReadSoANewOneCanStart() throws Exception {
        terminal.readCard(4500, "BRL", A_MINUTE).cancel(true);

        assertThat(terminal.pendingRead()).isEmpty();
        CompletableFuture<CardReadResult> next = terminal.readCard(4500, "BRL", A_MINUTE);
        terminal.present(SandboxCard.APPROVES);
        assertThat(next.get(5, TimeUnit.SECONDS)).isInstanceOf(CardReadResult.Presented.class);
    }

    @Test
    void theSandboxCardsCoverEveryAcquirerOutcome() {
        assertThat(terminal.sandboxCards())
                .extracting(card -> card.card().number(), SandboxCard::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("4111111111111111", "Approved"),
                        org.assertj.core.groups.Tuple.tuple("4000000000000002", "Declined"),
                        org.assertj.core.groups.Tuple.tuple("4000000000009995", "Insufficient funds"),
                        org.assertj.core.groups.Tuple.tuple("4000000000000119", "Acquirer timeout"));
    }
}
