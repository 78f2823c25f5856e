package io.bilheteria.api.partners;

/** A marketplace product of an event. On create every field is required; on edit a null field is left as it is. */
public record ProductDraft(String name, Long priceCents, Integer stock) {
}
