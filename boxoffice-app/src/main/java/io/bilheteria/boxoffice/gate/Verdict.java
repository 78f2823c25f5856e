package io.bilheteria.boxoffice.gate;

import java.time.Instant;

/**
 * What the gate shows for one scan. {@code seatNumber}, {@code row} and {@code sectionName}
 * are known when the ticket was in the last download; {@code firstScanAt} and
 * {@code firstGateId} say when and where an ALREADY_USED ticket went in. {@code halfPrice}: a
 * meia-entrada, known from the download, whose holder shows a document at the gate.
 * {@code sessionStartsAt}: when the ticket's session starts, for a WRONG_SESSION ticket whose
 * session the gate knows (from the sessions on offer or the backend's answers), so staff can
 * tell the holder when to come back.
 */
public record Verdict(Result result, Reason reason, String scanId, Instant scannedAt, String ticketId,
                      String sessionId, String seatId, String sectionName, String row, Integer seatNumber,
                      Instant firstScanAt, String firstGateId, boolean halfPrice, Instant sessionStartsAt) {

    /** The big word on the screen. */
    public enum Result {
        ACCEPTED, ALREADY_USED, REVOKED, WRONG_SESSION, INVALID;

        public boolean admits() {
            return this == ACCEPTED;
        }
    }

    /** Why, for the line under the big word. */
    public enum Reason {
        /** First entry of a valid ticket. */
        ADMITTED,
        /** Scanned before: see firstScanAt and firstGateId. */
        USED,
        /**
         * The ticket was refunded: alone, or with the rest of its order (the download does not
         * say which, so neither does the gate).
         */
        REFUNDED,
        /** The ticket was reprinted since this copy was printed. */
        OLD_PRINTOUT,
        /** A real ticket for a session this gate is not admitting. */
        OTHER_SESSION,
        /** Not a ticket code at all (another barcode, a misread). */
        NOT_A_TICKET,
        /** Shaped like a ticket but not signed by the backend: forged or altered. */
        FORGED_OR_ALTERED
    }

    public boolean admits() {
        return result.admits();
    }

    Verdict withSessionStartsAt(Instant startsAt) {
        return new Verdict(result, reason, scanId, scannedAt, ticketId, sessionId, seatId, sectionName, row, seatNumber,
                firstScanAt, firstGateId, halfPrice, startsAt);
    }
}
