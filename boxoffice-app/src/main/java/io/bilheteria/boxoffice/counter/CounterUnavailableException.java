package io.bilheteria.boxoffice.counter;

/** The concession counter cannot start: its message is meant for the attendant. */
public class CounterUnavailableException extends Exception {
    public CounterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
