package io.bilheteria.api.products;

/** A marketplace add-on (merchandise, snacks) sold with tickets of one event. */
public record Product(String id, String eventId, String name, long priceCents, String currency, int stock) {
}
