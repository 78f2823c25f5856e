package io.bilheteria.api.admin;

/**
 * A partner as the admin writes it. On create, name is required and feeBps defaults to 1000
 * (10 %); on edit, a null field is left as it is. A disabled partner's accounts cannot log in
 * and its events are not on sale.
 */
public record PartnerDraft(String name, Integer feeBps, Boolean enabled) {
}
