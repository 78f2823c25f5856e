package io.bilheteria.api.live;

import io.bilheteria.api.catalog.SeatStatus;

/** What happened to seats of a session, and the status they have after it. */
public enum SeatChangeKind {
    /** Taken by a hold. */
    HELD(SeatStatus.HELD),
    /** Given back by their hold (released by its buyer, or run out and swept). */
    RELEASED(SeatStatus.AVAILABLE),
    /** Sold with their hold's order. */
    SOLD(SeatStatus.SOLD),
    /** Refunded: on sale again. */
    REFUNDED(SeatStatus.AVAILABLE);

    private final SeatStatus status;

    SeatChangeKind(SeatStatus status) {
        this.status = status;
    }

    /** The seats' status after this change. */
    public SeatStatus status() {
        return status;
    }
}
