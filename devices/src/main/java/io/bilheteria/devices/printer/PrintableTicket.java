package io.bilheteria.devices.printer;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a printed ticket shows: the event and session, the seat, the price paid, the order
 * code and the signed QR payload from the backend.
 *
 * @param sessionStart when the session starts; printed in {@code zone}, the venue's time zone
 * @param row the row label, or blank for a spot without rows (the line is then left out)
 * @param priceCents the price in the currency's minor unit
 * @param currency ISO 4217 code, such as {@code BRL}
 * @param reprint 0 for the first print; n &gt; 0 marks the receipt as reprint #n
 * @param halfPrice a meia-entrada: the paper says so, and that the holder shows a document at the gate
 */
public record PrintableTicket(
        String eventTitle,
        String venue,
        Instant sessionStart,
        ZoneId zone,
        String section,
        String row,
        String seat,
        long priceCents,
        String currency,
        String orderCode,
        String qrPayload,
        int reprint,
        boolean halfPrice) {

    /** A full-price ticket. */
    public PrintableTicket(String eventTitle, String venue, Instant sessionStart, ZoneId zone, String section,
                           String row, String seat, long priceCents, String currency, String orderCode,
                           String qrPayload, int reprint) {
        this(eventTitle, venue, sessionStart, zone, section, row, seat, priceCents, currency, orderCode, qrPayload,
                reprint, false);
    }

    public PrintableTicket {
        Objects.requireNonNull(eventTitle, "eventTitle");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(sessionStart, "sessionStart");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(orderCode, "orderCode");
        Objects.requireNonNull(qrPayload, "qrPayload");
        if (priceCents < 0) {
            throw new IllegalArgumentException("a price is not negative");
        }
        if (reprint < 0) {
            throw new IllegalArgumentException("reprint is 0 for the first print or the reprint number");
        }
    }

    /** The same ticket marked as reprint #n, as the box office prints it again. */
    public PrintableTicket asReprint(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("reprints are numbered from 1");
        }
        return new PrintableTicket(eventTitle, venue, sessionStart, zone, section, row, seat, priceCents, currency,
                orderCode, qrPayload, n, halfPrice);
    }
}
