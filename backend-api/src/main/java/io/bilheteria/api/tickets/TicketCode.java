package io.bilheteria.api.tickets;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The content of a ticket's QR code, ASCII only:
 * {@code BT1.<ticketId>.<version>.<sessionId>.<seatId>.<signature>}, where the signature
 * is Ed25519 over everything before the last dot, in unpadded base64url. The version
 * grows with each reprint, so an older printout of the same ticket no longer enters.
 * Shared by the backend, which signs, and the gate, which checks offline.
 */
public record TicketCode(String ticketId, int version, String sessionId, String seatId) {
    static final String PREFIX = "BT1";
    /** Longer scans are not tickets: a real code is under 200 characters. */
    static final int MAX_LENGTH = 400;
    private static final int PARTS = 6;

    public String signedPart() {
        return PREFIX + "." + ticketId + "." + version + "." + sessionId + "." + seatId;
    }

    /**
     * Splits a scanned text into its claims and signature; empty if it is not shaped like a
     * ticket. Surrounding white space (a scanner's Enter or CR LF) is ignored. Written without
     * regular expressions: the gate runs it on every scan.
     */
    public static Optional<Parsed> parse(String scanned) {
        Optional<String[]> parts = SignedText.split(scanned, PREFIX, PARTS, MAX_LENGTH);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String[] p = parts.get();
        try {
            int version = Integer.parseInt(p[2]);
            return Optional.of(new Parsed(new TicketCode(p[1], version, p[3], p[4]), p[5]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A ticket-shaped text: the claims and the signature that should cover them. */
    public record Parsed(TicketCode code, String signature) {
        /** The bytes the signature covers. */
        public byte[] signedBytes() {
            return code.signedPart().getBytes(StandardCharsets.US_ASCII);
        }

        /** The signature's bytes, or empty when it is not base64url at all. */
        public Optional<byte[]> signatureBytes() {
            return SignedText.signatureBytes(signature);
        }
    }
}
