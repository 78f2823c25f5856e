package io.bilheteria.api.checkin;

/**
 * What a gate does with a scanned code. WRONG_SESSION: a real, valid ticket, but for a session
 * this gate is not admitting (another day or time); the scan is recorded and the ticket stays
 * unused for its own session.
 */
public enum CheckinResultType {
    ACCEPTED, ALREADY_USED, REVOKED, WRONG_SESSION, INVALID
}
