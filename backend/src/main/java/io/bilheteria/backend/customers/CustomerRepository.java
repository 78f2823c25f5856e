package io.bilheteria.backend.customers;

import io.bilheteria.api.customers.Customer;
import io.bilheteria.backend.storage.Transactions;
import java.util.List;
import java.util.Optional;

/** The {@code customers} table: a customer's name, email and CPF, beside their account. */
final class CustomerRepository {
    private final Transactions tx;

    CustomerRepository(Transactions tx) {
        this.tx = tx;
    }

    void insert(Customer customer, String accountId, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO customers (id, account_id, name, email, cpf, created_at) "
                        + "VALUES (:id, :a, :n, :e, :c, :now)")
                .bind("id", customer.id()).bind("a", accountId).bind("n", customer.name())
                .bind("e", customer.email()).bind("c", customer.cpf()).bind("now", now).execute());
    }

    List<Customer> byEmail(String email) {
        return by("email", email);
    }

    List<Customer> byCpf(String cpf) {
        return by("cpf", cpf);
    }

    Optional<Customer> find(String id) {
        return tx.withHandle(h -> h.createQuery("SELECT id, name, email, cpf FROM customers WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Customer(rs.getString("id"), rs.getString("name"), rs.getString("email"),
                        rs.getString("cpf")))
                .findOne());
    }

    private List<Customer> by(String column, String value) {
        // the column is one of the two above, never from the request
        return tx.withHandle(h -> h.createQuery("SELECT id, name, email, cpf FROM customers WHERE " + column + " = :v")
                .bind("v", value)
                .map((rs, ctx) -> new Customer(rs.getString("id"), rs.getString("name"), rs.getString("email"),
                        rs.getString("cpf")))
                .list());
    }
}
