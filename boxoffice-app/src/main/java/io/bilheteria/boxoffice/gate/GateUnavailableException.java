package io.bilheteria.boxoffice.gate;

/** The gate cannot start: its message is meant for the staff at the gate. */
public class GateUnavailableException extends Exception {
    public GateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
