package io.bilheteria.devices.printer;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One unit of a product sold, as its slip shows it: the product, the show it goes with, the order,
 * and the signed code ({@code BV1...}) the concession counter scans to hand it over once.
 *
 * @param sessionStart printed in {@code zone}, the venue's time zone
 */
public record PrintableVoucher(
        String productName,
        String eventTitle,
        String venue,
        Instant sessionStart,
        ZoneId zone,
        String orderCode,
        String code) {

    public PrintableVoucher {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(eventTitle, "eventTitle");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(sessionStart, "sessionStart");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(orderCode, "orderCode");
        Objects.requireNonNull(code, "code");
    }
}
