package io.bilheteria.api.customers;

import java.util.List;

/** Customers found by email (none or one: emails are unique) or by CPF (usually one). */
public record CustomerList(List<Customer> items) {
}
