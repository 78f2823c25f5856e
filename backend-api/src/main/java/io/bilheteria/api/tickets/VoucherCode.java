package io.bilheteria.api.tickets;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The content of a product voucher's QR code (one per unit sold: two popcorns, two vouchers),
 * ASCII only: {@code BV1.<voucherId>.<eventId>.<productId>.<signature>}, signed like a ticket
 * ({@link TicketCode}) with the same key, so a concession counter checks it offline with the
 * key its gates use. The prefix keeps a voucher from ever passing for a ticket, and back.
 */
public record VoucherCode(String voucherId, String eventId, String productId) {
    static final String PREFIX = "BV1";
    static final int MAX_LENGTH = 400;
    private static final int PARTS = 5;

    public String signedPart() {
        return PREFIX + "." + voucherId + "." + eventId + "." + productId;
    }

    /** Splits a scanned text into its claims and signature; empty if it is not shaped like a voucher. */
    public static Optional<Parsed> parse(String scanned) {
        return SignedText.split(scanned, PREFIX, PARTS, MAX_LENGTH)
                .map(p -> new Parsed(new VoucherCode(p[1], p[2], p[3]), p[4]));
    }

    /** A voucher-shaped text: the claims and the signature that should cover them. */
    public record Parsed(VoucherCode code, String signature) {
        public byte[] signedBytes() {
            return code.signedPart().getBytes(StandardCharsets.US_ASCII);
        }

        public Optional<byte[]> signatureBytes() {
            return SignedText.signatureBytes(signature);
        }
    }
}
