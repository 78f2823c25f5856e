package io.bilheteria.backend.tickets;

/**
 * The ticket signing key cannot be used as configured: no key-encryption key where one is
 * needed, a wrong one, or an unreadable key file. The backend refuses to start with this
 * one-line message rather than create a new key: every ticket already sold would stop
 * verifying.
 */
public final class TicketKeyException extends RuntimeException {
    public TicketKeyException(String message) {
        super(message);
    }

    public TicketKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
