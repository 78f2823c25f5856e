package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;
import io.bilheteria.api.problems.ProblemTypes;

import java.io.IOException;

/**
 * No usable answer: the connection failed or timed out (status 0), or a gateway or the backend
 * said it is temporarily unavailable (502, 503, 504). Thrown only after the safe retries are spent,
 * so apps should switch to their offline behaviour rather than retry in a loop.
 */
public class BackendUnavailableException extends ApiException {

    public BackendUnavailableException(int status, Problem problem) {
        super(status, problem);
    }

    public BackendUnavailableException(IOException cause) {
        super(0, new Problem(ProblemTypes.UNAVAILABLE, "Backend unavailable", 0, cause.toString(), null, null, null),
                cause);
    }
}
