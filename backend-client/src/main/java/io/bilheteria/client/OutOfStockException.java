package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

/** A marketplace product ran out between listing and ordering (409 out-of-stock). */
public class OutOfStockException extends ConflictException {

    public OutOfStockException(int status, Problem problem) {
        super(status, problem);
    }
}
