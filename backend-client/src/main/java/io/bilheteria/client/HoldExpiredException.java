package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

/** The hold behind an order lapsed (409 hold-expired): the buyer must pick seats again. */
public class HoldExpiredException extends ConflictException {

    public HoldExpiredException(int status, Problem problem) {
        super(status, problem);
    }
}
