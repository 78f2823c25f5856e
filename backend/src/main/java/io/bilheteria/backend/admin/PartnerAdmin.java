package io.bilheteria.backend.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.admin.PartnerList;
import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.Validation;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The admin's partners: created, renamed, given a platform fee (in basis points, applied to
 * payments from then on) and disabled. A disabled partner's accounts cannot log in or use
 * their tokens, and its events are neither listed nor sold; enabling it again restores both.
 */
public final class PartnerAdmin {
    static final int DEFAULT_FEE_BPS = 1000;
    private final Transactions tx;
    private final Clock clock;
    private final AuthService auth;

    public PartnerAdmin(Transactions tx, Clock clock, AuthService auth) {
        this.tx = tx;
        this.clock = clock;
        this.auth = auth;
    }

    public PartnerList list() {
        return tx.withHandle(h -> new PartnerList(read(h, "1 = 1", null)));
    }

    public Partner create(PartnerDraft draft) {
        String name = name(draft.name());
        int fee = draft.feeBps() == null ? DEFAULT_FEE_BPS : fee(draft.feeBps());
        boolean enabled = draft.enabled() == null || draft.enabled();
        String id = Ids.newId();
        return tx.inTransaction(h -> {
            h.createUpdate("INSERT INTO partners (id, name, fee_bps, enabled, created_at) VALUES (:id, :n, :f, :e, :now)")
                    .bind("id", id).bind("n", name).bind("f", fee).bind("e", enabled).bind("now", clock.millis())
                    .execute();
            return read(h, "id = :id", id).get(0);
        });
    }

    public Partner edit(String partnerId, PartnerDraft draft) {
        Partner changed = tx.inTransaction(h -> {
            if (read(h, "id = :id", partnerId).isEmpty()) {
                throw DomainException.notFound("Partner " + partnerId);
            }
            if (draft.name() != null) {
                set(h, partnerId, "name", name(draft.name()));
            }
            if (draft.feeBps() != null) {
                set(h, partnerId, "fee_bps", fee(draft.feeBps()));
            }
            if (draft.enabled() != null) {
                set(h, partnerId, "enabled", draft.enabled());
                // tokens of the partner's staff already resolved anywhere must not outlive the switch
                auth.revokeTokens(h);
            }
            return read(h, "id = :id", partnerId).get(0);
        });
        return changed;
    }

    private static void set(Handle h, String partnerId, String column, Object value) {
        // column names come from the fixed calls above, never from the request
        h.createUpdate("UPDATE partners SET " + column + " = :v WHERE id = :id").bind("v", value)
                .bind("id", partnerId).execute();
    }

    private static List<Partner> read(Handle h, String where, String id) {
        return h.createQuery("SELECT id, name, fee_bps, enabled, created_at FROM partners WHERE " + where
                        + " ORDER BY name")
                .bindMap(id == null ? Map.of() : Map.of("id", id))
                .map((rs, ctx) -> new Partner(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .list();
    }

    private static String name(String name) {
        return Validation.maxLength(Validation.required(name, "name"), 200, "name");
    }

    private static int fee(int bps) {
        if (bps < 0 || bps > 10_000) {
            throw DomainException.invalid("'feeBps' must be between 0 and 10000 (100 %)");
        }
        return bps;
    }
}
