package io.bilheteria.ui.calls;

import io.bilheteria.client.ApiException;
import io.bilheteria.client.BackendUnavailableException;

/** What sort of failure a call met: it decides both the words shown and whether trying again can help. */
enum FailureKind {
    /** No answer, or the backend said it is down for now: may pass. */
    UNAVAILABLE(true),
    /** The backend answered no (4xx) with its reason: the same call gets the same answer. */
    REFUSED(false),
    /** One of our own sentences ({@link IllegalArgumentException}, {@link IllegalStateException}): a repeat changes nothing. */
    OURS(false),
    /** Anything else (a server fault, a bug): logged, and may pass. */
    UNEXPECTED(true);

    private final boolean mayPass;

    FailureKind(boolean mayPass) {
        this.mayPass = mayPass;
    }

    static FailureKind of(Throwable error) {
        if (error instanceof BackendUnavailableException) {
            return UNAVAILABLE;
        }
        if (error instanceof ApiException api && api.status() >= 400 && api.status() < 500) {
            return REFUSED;
        }
        if ((error instanceof IllegalArgumentException || error instanceof IllegalStateException)
                && error.getMessage() != null && !error.getMessage().isBlank()) {
            return OURS;
        }
        return UNEXPECTED;
    }

    /** Whether the same call, made again, might succeed. */
    boolean mayPass() {
        return mayPass;
    }
}
