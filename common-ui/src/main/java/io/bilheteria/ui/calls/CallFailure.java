package io.bilheteria.ui.calls;

/**
 * A call that failed, as a screen shows it: the plain {@link #message()}, whether the backend is
 * out of reach, and, when repeating the call is safe and might help, the means to {@link #retry()}.
 */
public final class CallFailure {
    private final Throwable cause;
    private final String message;
    private final FailureKind kind;
    /** Makes the same call again with the same handlers; null when a retry is not offered. */
    private final Runnable repeat;

    CallFailure(Throwable cause, String message, Runnable repeat) {
        this.cause = cause;
        this.message = message;
        this.kind = FailureKind.of(cause);
        this.repeat = kind.mayPass() ? repeat : null;
    }

    /** What the call threw, for screens that answer some failures their own way (a seat taken meanwhile). */
    public Throwable cause() {
        return cause;
    }

    /** Words for the person at the screen, in the locale of the moment it failed. */
    public String message() {
        return message;
    }

    /** No answer from the backend, or it said it is down for now. */
    public boolean backendUnavailable() {
        return kind == FailureKind.UNAVAILABLE;
    }

    /**
     * Whether a "try again" is offered: only for calls safe to repeat (reads, idempotent writes),
     * and only when the failure may pass (a refusal would be refused again).
     */
    public boolean canRetry() {
        return repeat != null;
    }

    /**
     * Makes the call again, with the same handlers.
     *
     * @throws IllegalStateException if {@link #canRetry()} is false
     */
    public void retry() {
        if (repeat == null) {
            throw new IllegalStateException("this call is not offered again: " + message);
        }
        repeat.run();
    }
}
