package io.bilheteria.devices.printer;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a payment receipt (comprovante) shows: the order, when it was paid and where, every ticket
 * and product with its price, the total, and the card as it may be kept (brand, last 4 digits,
 * authorisation code; never the full number).
 *
 * @param paidAt printed in {@code zone}, the venue's time zone
 * @param terminal the kiosk or desk that sold it, as its staff name it
 * @param tickets the seats sold, each at the price and type it was sold at; the show is theirs
 * @param totalCents what the card was charged, in the currency's minor unit
 */
public record PrintablePayment(
        String orderCode,
        Instant paidAt,
        ZoneId zone,
        String terminal,
        List<PrintableTicket> tickets,
        List<ProductLine> products,
        long totalCents,
        String currency,
        Card card) {

    public PrintablePayment {
        Objects.requireNonNull(orderCode, "orderCode");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(card, "card");
        tickets = List.copyOf(tickets);
        products = List.copyOf(products);
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one ticket");
        }
    }

    /** Units of one product at its unit price. */
    public record ProductLine(String name, int quantity, long unitPriceCents) {
        public ProductLine {
            Objects.requireNonNull(name, "name");
            if (quantity < 1 || unitPriceCents < 0) {
                throw new IllegalArgumentException("a product line has at least one unit and no negative price");
            }
        }
    }

    /** The card charged, as the acquirer answered: brand, last 4 digits, authorisation code. */
    public record Card(String brand, String last4, String authorizationCode) {
        public Card {
            Objects.requireNonNull(brand, "brand");
            Objects.requireNonNull(last4, "last4");
            Objects.requireNonNull(authorizationCode, "authorizationCode");
            if (!last4.matches("[0-9]{4}")) {
                throw new IllegalArgumentException("only the last 4 digits of a card are ever printed");
            }
        }
    }
}
