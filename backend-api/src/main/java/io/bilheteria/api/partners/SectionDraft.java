package io.bilheteria.api.partners;

/**
 * A priced area of an event. On create, name, color and priceCents are required; on edit,
 * a null field is left as it is. {@code color} is a CSS hex colour such as {@code #1565C0}.
 */
public record SectionDraft(String name, String color, Long priceCents, Integer sortOrder) {
}
