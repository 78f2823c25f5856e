package io.bilheteria.ui.tasks;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/** Decides, once and thread-safely, whether a task's outcome is delivered or the task is cancelled. */
final class Delivery implements TaskHandle {

    private enum Outcome { PENDING, DELIVERED, CANCELLED }

    private final AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.PENDING);
    private volatile Future<?> work;

    void runningAs(Future<?> future) {
        this.work = future;
    }

    /** Runs the handler unless the task was cancelled first. */
    void deliver(Runnable handler) {
        if (outcome.compareAndSet(Outcome.PENDING, Outcome.DELIVERED)) {
            handler.run();
        }
    }

    @Override
    public boolean cancel() {
        if (!outcome.compareAndSet(Outcome.PENDING, Outcome.CANCELLED)) {
            return false;
        }
        Future<?> future = work;
        if (future != null) {
            future.cancel(true);
        }
        return true;
    }

    @Override
    public boolean isCancelled() {
        return outcome.get() == Outcome.CANCELLED;
    }
}
