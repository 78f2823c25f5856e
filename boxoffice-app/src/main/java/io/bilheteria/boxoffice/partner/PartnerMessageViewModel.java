package io.bilheteria.boxoffice.partner;

import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The back office's one message line ({@link PartnerMessage} shows it): what a tab last said, a
 * refusal or a mistake in what was typed (a warning until the next message), and why one of the
 * back office's calls failed, with the call to try again when it may be repeated.
 */
final class PartnerMessageViewModel {
    private final Messages messages;
    private final BackendCalls calls;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(this, "warning");
    private final ReadOnlyObjectWrapper<CallFailure> retry = new ReadOnlyObjectWrapper<>(this, "retry");

    PartnerMessageViewModel(Messages messages, BackendCalls calls) {
        this.messages = messages;
        this.calls = calls;
        calls.whenReported(this::failed);
    }

    void say(String key, Object... args) {
        show(messages.get(key, args), false);
    }

    /** No message. */
    void clear() {
        show("", false);
    }

    /** A refusal or a mistake in what was typed: a warning until the next message. */
    void warn(String sentence) {
        show(sentence, true);
    }

    /** "Try again": the failed call once more, with its own handlers. */
    void retry() {
        CallFailure failed = retry.get();
        if (failed != null) {
            retry.set(null);
            failed.retry();
        }
    }

    private void failed(CallFailure failure) {
        warn(failure.message());
        if (failure.canRetry()) {
            retry.set(failure);
        }
    }

    private void show(String sentence, boolean warns) {
        retry.set(null);
        warning.set(warns);
        text.set(sentence);
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether the line says something went wrong (shown in the error colour). */
    ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The failed call "try again" repeats; null when none is offered. */
    ReadOnlyObjectProperty<CallFailure> retryProperty() {
        return retry.getReadOnlyProperty();
    }

    /** True while any of the back office's calls runs. */
    ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    Messages messages() {
        return messages;
    }
}
