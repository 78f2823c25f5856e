package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

/** A customer account already uses this email (409 email-taken): offer to log in instead. */
public class EmailTakenException extends ConflictException {

    public EmailTakenException(int status, Problem problem) {
        super(status, problem);
    }
}
