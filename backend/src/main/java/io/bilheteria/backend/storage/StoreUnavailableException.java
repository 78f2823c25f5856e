package io.bilheteria.backend.storage;

/** The store cannot take this work now (its file is gone, it is read-only); answered 503. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message) {
        super(message);
    }
}
