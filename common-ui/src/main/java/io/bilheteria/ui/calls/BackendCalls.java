package io.bilheteria.ui.calls;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.BlockingCall;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How a view model calls the backend: the call runs through a {@link TaskExecutor}, {@link #busyProperty()}
 * is true while any call runs, and a failure becomes a {@link CallFailure} in plain words
 * ({@link FailureMessages}), offered again only when the call is safe to repeat.
 *
 * <pre>{@code
 * calls.read(() -> backend.call(c -> c.partners()), partners::setAll);
 * calls.write(() -> backend.call(c -> c.createPartner(name, fee)), created -> message.set(...));
 * calls.idempotentWrite(() -> sale.pay(card), this::paid, failure -> { ...; calls.report(failure); });
 * }</pre>
 *
 * A failure nobody handles is {@linkplain #report(CallFailure) reported}: it becomes
 * {@link #failureProperty()}, which the view shows (and the kiosk turns into out of service when
 * the backend is unreachable). Starting a call clears it, since the failure no longer describes the
 * screen. Use on the FX thread (or one test thread with {@link io.bilheteria.ui.tasks.InlineTaskExecutor}).
 */
public final class BackendCalls {
    private final TaskExecutor tasks;
    private final FailureMessages failures;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<CallFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    /** Calls started and not yet answered: busy is one flag for however many run at once. */
    private int running;

    /** @param messages the texts a failure is said in (the shared bundle is always among them) */
    public BackendCalls(TaskExecutor tasks, Messages messages) {
        this.tasks = tasks;
        this.failures = new FailureMessages(messages);
    }

    /** A call that changes nothing on the backend; offered again when it fails. */
    public <V> void read(BlockingCall<V> call, Consumer<? super V> then) {
        read(call, then, this::report);
    }

    /** As {@link #read(BlockingCall, Consumer)}, with the screen answering failures itself. */
    public <V> void read(BlockingCall<V> call, Consumer<? super V> then, Consumer<CallFailure> otherwise) {
        start(call, true, then, otherwise);
    }

    /** A change that must not be made twice unasked (a hold, a new partner); never offered again. */
    public <V> void write(BlockingCall<V> call, Consumer<? super V> then) {
        write(call, then, this::report);
    }

    /** As {@link #write(BlockingCall, Consumer)}, with the screen answering failures itself. */
    public <V> void write(BlockingCall<V> call, Consumer<? super V> then, Consumer<CallFailure> otherwise) {
        start(call, false, then, otherwise);
    }

    /**
     * A change the backend answers the same however often it comes: a DELETE, or a POST whose
     * Idempotency-Key is kept across attempts (a payment); offered again when it fails.
     */
    public <V> void idempotentWrite(BlockingCall<V> call, Consumer<? super V> then) {
        idempotentWrite(call, then, this::report);
    }

    /** As {@link #idempotentWrite(BlockingCall, Consumer)}, with the screen answering failures itself. */
    public <V> void idempotentWrite(BlockingCall<V> call, Consumer<? super V> then,
                                    Consumer<CallFailure> otherwise) {
        start(call, true, then, otherwise);
    }

    /** Shows a failure: the default for calls whose screen does not answer it, and the fallback for those that do. */
    public void report(CallFailure failed) {
        failure.set(failed);
    }

    /**
     * Shows the failure of work that did not run through these calls (a search the screen does
     * not wait for, a print); said the same way, never offered again.
     */
    public void report(Throwable error) {
        report(new CallFailure(error, failures.of(error), null));
    }

    /** Hands every failure reported from now on to {@code show}: for a view that says it on a line it also uses for other news. */
    public void whenReported(Consumer<CallFailure> show) {
        failure.addListener((obs, before, reported) -> {
            if (reported != null) {
                show.accept(reported);
            }
        });
    }

    /** True while any call started here has not been answered. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** The last failure reported, until the next call starts; null when there is none. */
    public ReadOnlyObjectProperty<CallFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public CallFailure getFailure() {
        return failure.get();
    }

    private <V> void start(BlockingCall<V> call, boolean safeToRepeat, Consumer<? super V> then,
                           Consumer<CallFailure> otherwise) {
        failure.set(null);
        running(+1);
        Runnable repeat = safeToRepeat ? () -> start(call, true, then, otherwise) : null;
        BackgroundTask.of(call)
                .onSuccess(value -> {
                    running(-1);
                    then.accept(value);
                })
                .onFailure(error -> {
                    running(-1);
                    otherwise.accept(new CallFailure(error, failures.of(error), repeat));
                })
                .executeWith(tasks);
    }

    private void running(int change) {
        running += change;
        busy.set(running > 0);
    }
}
