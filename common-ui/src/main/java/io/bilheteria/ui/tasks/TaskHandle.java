package io.bilheteria.ui.tasks;

/** A running {@link BackgroundTask}. */
public interface TaskHandle {

    /**
     * Stops the task: its worker thread is interrupted and neither handler will run.
     *
     * @return false if a handler already ran (or was already cancelled), so cancelling came too late
     */
    boolean cancel();

    boolean isCancelled();
}
