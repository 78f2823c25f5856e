package io.bilheteria.boxoffice.cashier;

import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.InlineTaskExecutor;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.tasks.TaskHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each task inline on the test's thread, as {@link InlineTaskExecutor} does, except while
 * {@linkplain #hold() held}: tasks then wait, and the test answers them in the order it wants, as
 * a backend answering a later call first would.
 */
final class HeldTasks implements TaskExecutor {
    private final InlineTaskExecutor inline = new InlineTaskExecutor();
    private final List<Waiting> waiting = new ArrayList<>();
    private boolean holding;

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        if (!holding) {
            return inline.execute(task);
        }
        Waiting asked = new Waiting(() -> inline.execute(task));
        waiting.add(asked);
        return asked;
    }

    /** From now on tasks wait to be answered. */
    void hold() {
        holding = true;
    }

    /** Runs the waiting task asked {@code index}-th (0: the first asked) with its handler; tasks asked meanwhile wait too. */
    void answer(int index) {
        waiting.remove(index).run();
    }

    /** Answers every waiting task in the order asked; tasks asked from now on run at once. */
    void release() {
        holding = false;
        while (!waiting.isEmpty()) {
            answer(0);
        }
    }

    private static final class Waiting implements TaskHandle {
        private final Runnable work;
        private boolean cancelled;
        private boolean ran;

        Waiting(Runnable work) {
            this.work = work;
        }

        void run() {
            if (!cancelled) {
                ran = true;
                work.run();
            }
        }

        @Override
        public boolean cancel() {
            if (ran || cancelled) {
                return false;
            }
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
