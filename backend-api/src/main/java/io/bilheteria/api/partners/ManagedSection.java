package io.bilheteria.api.partners;

/** A section as its partner sees it: with its order on the map and how many seats its layout has. */
public record ManagedSection(String id, String eventId, String name, String color, long priceCents, String currency,
                             int sortOrder, int seatCount) {
}
