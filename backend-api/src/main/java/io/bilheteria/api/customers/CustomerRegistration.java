package io.bilheteria.api.customers;

/** A new customer account; {@code cpf} (Brazilian taxpayer id) is optional and checked by its digits. */
public record CustomerRegistration(String name, String email, String password, String cpf) {
}
