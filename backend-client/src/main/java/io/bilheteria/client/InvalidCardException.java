package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

/** The card data is malformed (e.g. fails the Luhn check) and was never sent to the acquirer: ask to retype it. */
public class InvalidCardException extends InvalidRequestException {

    public InvalidCardException(int status, Problem problem) {
        super(status, problem);
    }
}
