package io.bilheteria.api.checkin;

/** Whether a ticket still opens the gate: REVOKED once its order is cancelled. */
public enum TicketStatus {
    VALID, REVOKED
}
