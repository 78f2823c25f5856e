package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;
import io.bilheteria.api.problems.ProblemTypes;

/** Bad credentials, or a missing or expired token (401): the user has to log in again. */
public class UnauthorizedException extends ApiException {

    public UnauthorizedException(int status, Problem problem) {
        super(status, problem);
    }

    /**
     * True when the backend refused a login without checking the password, after too many failed
     * logins: trying again is pointless until the {@code Retry-After} it sent has passed.
     */
    public boolean isLocked() {
        return ProblemTypes.ACCOUNT_LOCKED.equals(problem().type());
    }
}
