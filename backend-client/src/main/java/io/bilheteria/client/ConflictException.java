package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

/** The request clashes with the current state (409); the subclasses name the clashes screens handle. */
public class ConflictException extends ApiException {

    public ConflictException(int status, Problem problem) {
        super(status, problem);
    }
}
