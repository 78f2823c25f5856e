package io.bilheteria.backend.storage;

/** The store given at start cannot be used as it is; the message is one line for the operator. */
public final class StoreRefusedException extends RuntimeException {
    public StoreRefusedException(String message) {
        super(message);
    }
}
