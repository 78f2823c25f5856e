package io.bilheteria.ui.tasks;

/** Where {@link BackgroundTask}s run. Apps use {@link UiTaskExecutor}; tests use {@link InlineTaskExecutor}. */
public interface TaskExecutor {

    /** Starts the task; prefer {@link BackgroundTask#executeWith(TaskExecutor)}, which checks it is complete. */
    <V> TaskHandle execute(BackgroundTask<V> task);
}
