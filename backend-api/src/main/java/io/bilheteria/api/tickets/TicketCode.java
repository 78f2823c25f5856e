package io.bilheteria.api.tickets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        if (scanned == null || scanned.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String qr = scanned.strip();
        String[] parts = new String[PARTS];
        int start = 0;
        for (int i = 0; i < PARTS; i++) {
            int end = i == PARTS - 1 ? qr.length() : qr.indexOf('.', start);
            if (end < 0) {
                return Optional.empty();
            }
            parts[i] = qr.substring(start, end);
            if (!isToken(parts[i])) {
                return Optional.empty();
            }
            start = end + 1;
        }
        if (!parts[0].equals(PREFIX)) {
            return Optional.empty();
        }
        try {
            int version = Integer.parseInt(parts[2]);
            return Optional.of(new Parsed(new TicketCode(parts[1], version, parts[3], parts[4]), parts[5]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Non-empty and only base64url characters; a dot (an extra part) fails here too. */
    private static boolean isToken(String part) {
        if (part.isEmpty()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A ticket-shaped text: the claims and the signature that should cover them. */
    public record Parsed(TicketCode code, String signature) {
        /** The bytes the signature covers. */
        public byte[] signedBytes() {
            return code.signedPart().getBytes(StandardCharsets.US_ASCII);
        }

        /** The signature's bytes, or empty when it is not base64url at all. */
        public Optional<byte[]> signatureBytes() {
            try {
                return Optional.of(Base64.getUrlDecoder().decode(signature));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
    }
}
