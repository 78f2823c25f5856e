package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

/** The request was malformed or failed validation (400); fix the input, retrying will not help. */
public class InvalidRequestException extends ApiException {

    public InvalidRequestException(int status, Problem problem) {
        super(status, problem);
    }
}
