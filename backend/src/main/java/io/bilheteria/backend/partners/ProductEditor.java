package io.bilheteria.backend.partners;

import io.bilheteria.api.partners.ProductDraft;
import io.bilheteria.api.products.Product;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.Validation;
import io.bilheteria.backend.storage.Transactions;
import org.jdbi.v3.core.Handle;

/**
 * The marketplace products of an event and their stock. Setting the stock replaces the count
 * left (a restock or a correction); sales keep taking from it. The list is the public
 * {@code GET /events/{id}/products}.
 */
public final class ProductEditor {
    private static final int MAX_STOCK = 1_000_000;
    private final Transactions tx;

    public ProductEditor(Transactions tx) {
        this.tx = tx;
    }

    public Product create(Principal caller, String eventId, ProductDraft draft) {
        String name = name(draft.name());
        long price = Validation.cents(draft.priceCents(), "priceCents");
        int stock = stock(draft.stock());
        String id = Ids.newId();
        return tx.inTransaction(h -> {
            Ownership.event(h, caller, eventId);
            h.createUpdate("INSERT INTO products (id, event_id, name, price_cents, currency, stock) "
                            + "VALUES (:id, :e, :n, :p, 'BRL', :s)")
                    .bind("id", id).bind("e", eventId).bind("n", name).bind("p", price).bind("s", stock).execute();
            return read(h, id);
        });
    }

    public Product edit(Principal caller, String productId, ProductDraft draft) {
        return tx.inTransaction(h -> {
            Ownership.productEvent(h, caller, productId);
            if (draft.name() != null) {
                set(h, productId, "name", name(draft.name()));
            }
            if (draft.priceCents() != null) {
                set(h, productId, "price_cents", Validation.cents(draft.priceCents(), "priceCents"));
            }
            if (draft.stock() != null) {
                set(h, productId, "stock", stock(draft.stock()));
            }
            return read(h, productId);
        });
    }

    private static void set(Handle h, String productId, String column, Object value) {
        // column names come from the fixed calls above, never from the request
        h.createUpdate("UPDATE products SET " + column + " = :v WHERE id = :id").bind("v", value)
                .bind("id", productId).execute();
    }

    private static Product read(Handle h, String productId) {
        return h.createQuery("SELECT id, event_id, name, price_cents, currency, stock FROM products WHERE id = :id")
                .bind("id", productId)
                .map((rs, ctx) -> new Product(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getInt(6)))
                .one();
    }

    private static String name(String name) {
        return Validation.maxLength(Validation.required(name, "name"), 200, "name");
    }


    private static int stock(Integer stock) {
        if (stock == null || stock < 0 || stock > MAX_STOCK) {
            throw DomainException.invalid("'stock' must be between 0 and " + MAX_STOCK);
        }
        return stock;
    }
}
