package io.bilheteria.boxoffice.gate;

import java.time.Instant;

/**
 * A ticket this gate let in that it should not have, learnt once it could talk to the
 * backend: another gate had admitted it earlier (both were offline), or it no longer
 * admitted anyone (refunded, or reprinted since). Staff decide what to do; nothing is undone automatically.
 */
public record Conflict(Kind kind, String scanId, String ticketId, Instant admittedAt, String sectionName, String row,
                       Integer seatNumber, Instant firstScanAt, String firstGateId) {

    public enum Kind {
        /** Another gate scanned it first (by scan time): firstScanAt and firstGateId say when and where. */
        ADMITTED_ELSEWHERE_FIRST,
        /** The backend refused it when this gate's scan reached it: refunded, or reprinted, before it was admitted here. */
        REVOKED
    }
}
