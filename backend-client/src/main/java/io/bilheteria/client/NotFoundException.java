package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

/** The addressed resource does not exist, or is not visible to the caller (404). */
public class NotFoundException extends ApiException {

    public NotFoundException(int status, Problem problem) {
        super(status, problem);
    }
}
