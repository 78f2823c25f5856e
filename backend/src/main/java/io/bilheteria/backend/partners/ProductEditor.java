package io.bilheteria.backend.partners;

import io.bilheteria.api.partners.ProductDraft;
import io.bilheteria.api.products.Product;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.Validation;
import io.bilheteria.backend.storage.Transactions;

/**
 * The marketplace products of an event and their stock. Setting the stock replaces the count
 * left (a restock or a correction); sales keep taking from it. The list is the public
 * {@code GET /events/{id}/products}.
 */
public final class ProductEditor {
    private static final int MAX_STOCK = 1_000_000;
    private final Transactions tx;
    private final ProductRepository products;
    private final Ownership ownership;

    public ProductEditor(Transactions tx) {
        this.tx = tx;
        this.products = new ProductRepository(tx);
        this.ownership = new Ownership(tx);
    }

    public Product create(Principal caller, String eventId, ProductDraft draft) {
        String name = name(draft.name());
        long price = Validation.cents(draft.priceCents(), "priceCents");
        int stock = stock(draft.stock());
        String id = Ids.newId();
        return tx.inTransaction(() -> {
            ownership.event(caller, eventId);
            products.insert(id, eventId, name, price, stock);
            return products.one(id);
        });
    }

    public Product edit(Principal caller, String productId, ProductDraft draft) {
        return tx.inTransaction(() -> {
            ownership.productEvent(caller, productId);
            if (draft.name() != null) {
                products.set(productId, ProductRepository.Field.NAME, name(draft.name()));
            }
            if (draft.priceCents() != null) {
                products.set(productId, ProductRepository.Field.PRICE_CENTS, Validation.cents(draft.priceCents(), "priceCents"));
            }
            if (draft.stock() != null) {
                products.set(productId, ProductRepository.Field.STOCK, stock(draft.stock()));
            }
            return products.one(productId);
        });
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
