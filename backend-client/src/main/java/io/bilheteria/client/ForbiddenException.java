package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

/** The caller's role or ownership does not admit this call (403), e.g. an online sale without a queue token. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(int status, Problem problem) {
        super(status, problem);
    }
}
