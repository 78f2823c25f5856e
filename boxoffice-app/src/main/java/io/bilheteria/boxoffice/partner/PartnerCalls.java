package io.bilheteria.boxoffice.partner;

import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.BlockingCall;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;

/**
 * The back office's calls to the backend, run off the FX thread as the partner's account (signed
 * in again by itself when the token runs out), and the one message line every tab reports on:
 * "working" while a call runs, then what the tab says, or why the call failed.
 */
final class PartnerCalls {
    private final TerminalBackend backend;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Label message = new Label();

    PartnerCalls(TerminalBackend backend, TaskExecutor tasks, Messages messages) {
        this.backend = backend;
        this.tasks = tasks;
        this.messages = messages;
        message.setId("partner-message");
        message.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_INFO, "partner-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        // the strip keeps its place while empty, so the screen does not jump when a message comes
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
    }

    /** Runs {@code call} in the background; {@code then} gets its answer on the FX thread, a failure is said. */
    <T> void run(Function<BilheteriaClient, T> call, Consumer<T> then) {
        run(call, then, this::failed);
    }

    <T> void run(Function<BilheteriaClient, T> call, Consumer<T> then, Consumer<Throwable> failed) {
        say("partner.working");
        BlockingCall<T> blocking = () -> backend.call(call);
        BackgroundTask.of(blocking).onSuccess(then).onFailure(failed).executeWith(tasks);
    }

    /** As {@link #run}, leaving the message line as it is: for reading what a message just said was saved. */
    <T> void load(Function<BilheteriaClient, T> call, Consumer<T> then) {
        BlockingCall<T> blocking = () -> backend.call(call);
        BackgroundTask.of(blocking).onSuccess(then).onFailure(this::failed).executeWith(tasks);
    }

    void say(String key, Object... args) {
        kind(Theme.BANNER_INFO, Theme.BANNER_ERROR);
        message.setText(messages.get(key, args));
    }

    /** No message: the strip disappears. */
    void clear() {
        message.setText("");
    }

    /** A refusal or a mistake in what was typed: shown in the error colour until the next message. */
    void warn(String text) {
        kind(Theme.BANNER_ERROR, Theme.BANNER_INFO);
        message.setText(text);
    }

    private void kind(String now, String before) {
        message.getStyleClass().remove(before);
        if (!message.getStyleClass().contains(now)) {
            message.getStyleClass().add(now);
        }
    }

    void failed(Throwable error) {
        warn(PartnerFailures.of(messages, error));
    }

    Label message() {
        return message;
    }

    Messages messages() {
        return messages;
    }
}
