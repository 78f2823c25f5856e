package io.bilheteria.api.customers;

public record Customer(String id, String name, String email, String cpf) {
}
