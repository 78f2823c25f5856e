package io.bilheteria.backend.partners;

import io.bilheteria.api.products.Product;
import io.bilheteria.backend.storage.Transactions;
import java.util.Locale;

/** The marketplace products of events ({@code products}) as their partner edits them. */
final class ProductRepository {
    private final Transactions tx;

    ProductRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The columns of a product that an edit writes one by one (a field's name is its column's). */
    enum Field {
        NAME, PRICE_CENTS, STOCK;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    void insert(String id, String eventId, String name, long priceCents, int stock) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO products (id, event_id, name, price_cents, currency, stock) "
                        + "VALUES (:id, :e, :n, :p, 'BRL', :s)")
                .bind("id", id).bind("e", eventId).bind("n", name).bind("p", priceCents).bind("s", stock).execute());
    }

    Product one(String productId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, event_id, name, price_cents, currency, stock FROM products "
                        + "WHERE id = :id")
                .bind("id", productId)
                .map((rs, ctx) -> new Product(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getInt(6)))
                .one());
    }

    void set(String productId, Field field, Object value) {
        tx.withHandle(h -> h.createUpdate("UPDATE products SET " + field.column() + " = :v WHERE id = :id")
                .bind("v", value).bind("id", productId).execute());
    }
}
