package io.bilheteria.backend.tickets;

import java.util.Optional;

/**
 * The content of a ticket's QR code, ASCII only:
 * {@code BT1.<ticketId>.<version>.<sessionId>.<seatId>.<signature>}, where the signature
 * is Ed25519 over everything before the last dot, in unpadded base64url. The version
 * grows with each reprint, so an older printout of the same ticket no longer enters.
 */
public record TicketCode(String ticketId, int version, String sessionId, String seatId) {
    static final String PREFIX = "BT1";

    public String signedPart() {
        return PREFIX + "." + ticketId + "." + version + "." + sessionId + "." + seatId;
    }

    /** Splits a scanned text into its claims and signature; empty if it is not shaped like a ticket. */
    public static Optional<Parsed> parse(String qr) {
        if (qr == null || qr.length() > 400) {
            return Optional.empty();
        }
        String[] parts = qr.trim().split("\\.", -1);
        if (parts.length != 6 || !parts[0].equals(PREFIX)) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.isEmpty() || !part.matches("[A-Za-z0-9_-]+")) {
                return Optional.empty();
            }
        }
        try {
            int version = Integer.parseInt(parts[2]);
            return Optional.of(new Parsed(new TicketCode(parts[1], version, parts[3], parts[4]), parts[5]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public record Parsed(TicketCode code, String signature) {
    }
}
