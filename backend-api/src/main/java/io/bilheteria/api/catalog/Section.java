package io.bilheteria.api.catalog;

/** A priced area of the venue; {@code color} is a CSS hex colour such as {@code #1E88E5}. */
public record Section(String id, String name, String color, long priceCents, String currency) {
}
