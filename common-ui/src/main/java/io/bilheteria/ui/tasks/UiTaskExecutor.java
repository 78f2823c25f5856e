package io.bilheteria.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * Runs each task's call on a pool of background threads and its handlers on the FX thread.
 * One per app, created in {@code main} and closed when the app stops.
 */
public final class UiTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService workers;

    /** @param threads how many calls may block at the same time */
    public UiTaskExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory daemons = work -> {
            Thread thread = new Thread(work, "bilheteria-background-" + count.incrementAndGet());
            // a hung backend call must not keep the app from exiting
            thread.setDaemon(true);
            return thread;
        };
        this.workers = Executors.newFixedThreadPool(threads, daemons);
    }

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        Delivery delivery = new Delivery();
        FutureTask<Void> work = new FutureTask<>(() -> {
            try {
                V value = task.call();
                Platform.runLater(() -> delivery.deliver(() -> task.succeed(value)));
            } catch (Throwable error) {
                Platform.runLater(() -> delivery.deliver(() -> task.fail(error)));
            }
        }, null);
        delivery.runningAs(work);
        workers.execute(work);
        return delivery;
    }

    /** Interrupts running calls and drops queued ones. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
