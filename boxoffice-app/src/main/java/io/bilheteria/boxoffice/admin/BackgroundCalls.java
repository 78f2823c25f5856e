package io.bilheteria.boxoffice.admin;

import io.bilheteria.boxoffice.cashier.FailureText;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.BlockingCall;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.util.function.Consumer;
import javafx.scene.control.Label;

/** One tab's calls, run in the background; the tab's message line says what happened or why not. */
final class BackgroundCalls {
    private final Messages messages;
    private final TaskExecutor tasks;
    private final Label message;

    BackgroundCalls(Messages messages, TaskExecutor tasks, Label message) {
        this.messages = messages;
        this.tasks = tasks;
        this.message = message;
    }

    /** Runs the call off the FX thread, then {@code then} on it; a refusal is said in plain words. */
    <T> void run(BlockingCall<T> call, Consumer<T> then) {
        BackgroundTask.of(call).onSuccess(then).onFailure(error -> say(FailureText.of(messages, error)))
                .executeWith(tasks);
    }

    void say(String text) {
        message.setText(text);
    }
}
