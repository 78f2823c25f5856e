package io.bilheteria.backend.demo;

import io.bilheteria.backend.storage.Transactions;

/** The rows of the demo venue, written in the transaction of {@link DemoData#seedIfEmpty}. */
final class DemoDataRepository {
    private final Transactions tx;

    DemoDataRepository(Transactions tx) {
        this.tx = tx;
    }

    boolean noAccounts() {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts").mapTo(Integer.class).one() == 0);
    }

    void insertPartner(String id, String name, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO partners (id, name, fee_bps, created_at) "
                        + "VALUES (:id, :n, 1000, :now)")
                .bind("id", id).bind("n", name).bind("now", now).execute());
    }

    String eventId(String title) {
        return tx.withHandle(h -> h.createQuery("SELECT id FROM events WHERE title = :t").bind("t", title)
                .mapTo(String.class).one());
    }

    /** A demo order's code, known in advance so the README can name it. */
    void setOrderCode(String orderId, String code) {
        tx.withHandle(h -> h.createUpdate("UPDATE orders SET code = :c WHERE id = :o")
                .bind("c", code).bind("o", orderId).execute());
    }

    /** Ana Souza, the demo customer. */
    void insertAna(String id, String accountId, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO customers (id, account_id, name, email, cpf, created_at) "
                        + "VALUES (:id, :a, 'Ana Souza', 'ana@example.com', '52998224725', :now)")
                .bind("id", id).bind("a", accountId).bind("now", now).execute());
    }

    void insertEvent(String id, String partnerId, String title, String description, String category, String venue,
                     String city, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO events (id, partner_id, title, description, category, venue, "
                        + "city, created_at) VALUES (:id, :p, :t, :d, :c, :v, :city, :now)")
                .bind("id", id).bind("p", partnerId).bind("t", title).bind("d", description).bind("c", category)
                .bind("v", venue).bind("city", city).bind("now", now).execute());
    }

    void insertSection(String id, String eventId, String name, String color, long priceCents, int order) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO sections (id, event_id, name, color, price_cents, currency, "
                        + "sort_order) VALUES (:id, :e, :n, :c, :p, 'BRL', :o)")
                .bind("id", id).bind("e", eventId).bind("n", name).bind("c", color).bind("p", priceCents)
                .bind("o", order).execute());
    }

    void insertSession(String id, String eventId, long startsAt) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO sessions (id, event_id, starts_at) VALUES (:id, :e, :t)")
                .bind("id", id).bind("e", eventId).bind("t", startsAt).execute());
    }

    void enableQueue(String sessionId, int admitPerMinute) {
        tx.withHandle(h -> h.createUpdate("UPDATE sessions SET queue_enabled = TRUE, queue_admit_per_minute = :r "
                        + "WHERE id = :id")
                .bind("r", admitPerMinute).bind("id", sessionId).execute());
    }

    void insertProduct(String id, String eventId, String name, long priceCents, int stock) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO products (id, event_id, name, price_cents, currency, stock) "
                        + "VALUES (:id, :e, :n, :p, 'BRL', :s)")
                .bind("id", id).bind("e", eventId).bind("n", name).bind("p", priceCents).bind("s", stock)
                .execute());
    }
}
