package io.bilheteria.ui.tasks;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A blocking call with what to do with its result. Build it, then hand it to a
 * {@link TaskExecutor}; the executor decides the threads, so a view model that takes a
 * {@code TaskExecutor} is tested with {@link InlineTaskExecutor}.
 *
 * <pre>{@code
 * BackgroundTask.of(() -> client.holdSeats(request))
 *         .onSuccess(hold -> this.hold.set(hold))
 *         .onFailure(error -> problem.set(error.getMessage()))
 *         .executeWith(executor);
 * }</pre>
 *
 * Every task must say what happens on failure, so no error is lost. A screen calling the backend
 * uses {@code io.bilheteria.ui.calls.BackendCalls}, built on this: busy while a call runs, failures
 * in plain words, retry where a repeat is safe.
 */
public final class BackgroundTask<V> {

    private final BlockingCall<V> call;
    private Consumer<? super V> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure;

    private BackgroundTask(BlockingCall<V> call) {
        this.call = Objects.requireNonNull(call);
    }

    public static <V> BackgroundTask<V> of(BlockingCall<V> call) {
        return new BackgroundTask<>(call);
    }

    /** Receives the call's result; with a UI executor, on the FX thread. */
    public BackgroundTask<V> onSuccess(Consumer<? super V> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Receives what the call threw; with a UI executor, on the FX thread. Required. */
    public BackgroundTask<V> onFailure(Consumer<? super Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Runs the task.
     *
     * @throws IllegalStateException if no failure handler was set
     */
    public TaskHandle executeWith(TaskExecutor executor) {
        if (onFailure == null) {
            throw new IllegalStateException("A background task needs onFailure, or its errors are lost");
        }
        return executor.execute(this);
    }

    V call() throws Exception {
        return call.call();
    }

    void succeed(V value) {
        onSuccess.accept(value);
    }

    void fail(Throwable error) {
        onFailure.accept(error);
    }
}
