package io.bilheteria.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTaskExecutorTest {

    private final InlineTaskExecutor executor = new InlineTaskExecutor();
    private final List<String> events = new ArrayList<>();

    @Test
    void theResultIsHandledBeforeExecuteReturns() {
        BackgroundTask.of(() -> 3)
                .onSuccess(seats -> events.add("held " + seats))
                .onFailure(error -> events.add("failed"))
                .executeWith(executor);

        assertThat(events).containsExactly("held 3");
    }

    @Test
    void aFailureGoesToTheFailureHandler() {
        TaskHandle handle = BackgroundTask.<Integer>of(() -> {
                    throw new IllegalStateException("sold out");
                })
                .onSuccess(seats -> events.add("held"))
                .onFailure(error -> events.add(error.getMessage()))
                .executeWith(executor);

        assertThat(events).containsExactly("sold out");
        assertThat(handle.cancel()).as("already delivered").isFalse();
    }
}
