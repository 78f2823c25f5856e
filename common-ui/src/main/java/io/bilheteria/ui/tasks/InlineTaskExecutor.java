package io.bilheteria.ui.tasks;

/**
 * Runs the call and its handler at once on the calling thread, for view-model tests: after
 * {@code executeWith} returns, the handler has run.
 */
public final class InlineTaskExecutor implements TaskExecutor {

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        Delivery delivery = new Delivery();
        V value;
        try {
            value = task.call();
        } catch (Throwable error) {
            delivery.deliver(() -> task.fail(error));
            return delivery;
        }
        delivery.deliver(() -> task.succeed(value));
        return delivery;
    }
}
