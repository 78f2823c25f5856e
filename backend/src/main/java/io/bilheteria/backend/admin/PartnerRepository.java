package io.bilheteria.backend.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.backend.storage.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** The {@code partners} table, as the admin manages it. */
final class PartnerRepository {
    private final Transactions tx;

    PartnerRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The columns of a partner that an edit writes one by one (a field's name is its column's). */
    enum Field {
        NAME, FEE_BPS, ENABLED;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    List<Partner> all() {
        return read("1 = 1", null);
    }

    Optional<Partner> find(String partnerId) {
        return read("id = :id", partnerId).stream().findFirst();
    }

    boolean exists(String partnerId) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM partners WHERE id = :id")
                .bind("id", partnerId).mapTo(Integer.class).one() > 0);
    }

    void insert(String id, String name, int feeBps, boolean enabled, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO partners (id, name, fee_bps, enabled, created_at) "
                        + "VALUES (:id, :n, :f, :e, :now)")
                .bind("id", id).bind("n", name).bind("f", feeBps).bind("e", enabled).bind("now", now)
                .execute());
    }

    void set(String partnerId, Field field, Object value) {
        tx.withHandle(h -> h.createUpdate("UPDATE partners SET " + field.column() + " = :v WHERE id = :id")
                .bind("v", value).bind("id", partnerId).execute());
    }

    private List<Partner> read(String where, String id) {
        return tx.withHandle(h -> h.createQuery("SELECT id, name, fee_bps, enabled, created_at FROM partners WHERE "
                        + where + " ORDER BY name")
                .bindMap(id == null ? Map.of() : Map.of("id", id))
                .map((rs, ctx) -> new Partner(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .list());
    }
}
