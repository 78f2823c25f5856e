package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;
import io.bilheteria.api.problems.ProblemTypes;

/** Bad credentials, or a missing or expired token (401): the user has to log in again. */
public class UnauthorizedException extends ApiException {

    public UnauthorizedException(int status, Problem problem) {
        super(status, problem);
    }

    /** True when retrying the password is pointless because the account is locked. */
    public boolean isLocked() {
        return ProblemTypes.ACCOUNT_LOCKED.equals(problem().type());
    }
}
