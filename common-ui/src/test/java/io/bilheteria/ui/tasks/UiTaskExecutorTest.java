package io.bilheteria.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UiTaskExecutorTest {

    private final UiTaskExecutor executor = new UiTaskExecutor(2);

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void theCallRunsInTheBackgroundAndItsResultArrivesOnTheFxThread() throws Exception {
        CompletableFuture<Boolean> callOnFxThread = new CompletableFuture<>();
        CompletableFuture<Boolean> resultOnFxThread = new CompletableFuture<>();
        CompletableFuture<String> result = new CompletableFuture<>();

        BackgroundTask.of(() -> {
                    callOnFxThread.complete(Platform.isFxApplicationThread());
                    return "hold-42";
                })
                .onSuccess(value -> {
                    resultOnFxThread.complete(Platform.isFxApplicationThread());
                    result.complete(value);
                })
                .onFailure(result::completeExceptionally)
                .executeWith(executor);

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("hold-42");
        assertThat(callOnFxThread.get()).isFalse();
        assertThat(resultOnFxThread.get()).isTrue();
    }

    @Test
    void aFailureReachesTheFailureHandlerOnTheFxThread() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();

        BackgroundTask.of(() -> {
                    throw new IOException("backend unreachable");
                })
                .onSuccess(value -> failure.completeExceptionally(new AssertionError("succeeded")))
                .onFailure(error -> {
                    onFxThread.complete(Platform.isFxApplicationThread());
                    failure.complete(error);
                })
                .executeWith(executor);

        assertThat(failure.get(5, TimeUnit.SECONDS)).isInstanceOf(IOException.class).hasMessage("backend unreachable");
        assertThat(onFxThread.get()).isTrue();
    }

    @Test
    void cancellingInterruptsTheCallAndNoHandlerRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        CompletableFuture<String> delivered = new CompletableFuture<>();

        TaskHandle handle = BackgroundTask.of(() -> {
                    started.countDown();
                    try {
                        Thread.sleep(10_000);
                        return "too late";
                    } catch (InterruptedException e) {
                        interrupted.complete(true);
                        throw e;
                    }
                })
                .onSuccess(value -> delivered.complete("success"))
                .onFailure(error -> delivered.complete("failure"))
                .executeWith(executor);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(handle.cancel()).isTrue();

        assertThat(interrupted.get(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).isNotDone();
        assertThat(handle.isCancelled()).isTrue();
        assertThat(handle.cancel()).isFalse();
    }

    @Test
    void cancellingAfterTheResultArrivedIsTooLate() throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        TaskHandle handle = BackgroundTask.of(() -> "done")
                .onSuccess(result::complete)
                .onFailure(result::completeExceptionally)
                .executeWith(executor);
        result.get(5, TimeUnit.SECONDS);

        assertThat(handle.cancel()).isFalse();
        assertThat(handle.isCancelled()).isFalse();
    }

    @Test
    void aTaskWithoutAFailureHandlerIsRefused() {
        assertThatThrownBy(() -> BackgroundTask.of(() -> "x").onSuccess(value -> { }).executeWith(executor))
                .isInstanceOf(IllegalStateException.class);
    }
}
