package io.bilheteria.kiosk.browse;

import io.bilheteria.api.catalog.SessionSummary;

/** How a session's seats are going, as the session buttons say it. */
enum SessionAvailability {
    SOLD_OUT, FEW_LEFT, AVAILABLE;

    /** Below this share of seats still free a session is "selling out". */
    private static final double FEW_LEFT_SHARE = 0.10;

    static SessionAvailability of(SessionSummary session) {
        if (session.availableSeats() <= 0) {
            return SOLD_OUT;
        }
        return session.availableSeats() < session.totalSeats() * FEW_LEFT_SHARE ? FEW_LEFT : AVAILABLE;
    }
}
