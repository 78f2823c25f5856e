package io.bilheteria.backend.admin;

import io.bilheteria.api.admin.StaffAccount;
import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.storage.Transactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff accounts only: an admin account cannot be disabled or reset here, so no admin locks
 * all admins out.
 */
final class StaffAccountRepository {
    private final Transactions tx;

    StaffAccountRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Staff of one partner with {@code partnerId}, else all staff. */
    List<StaffAccount> list(String partnerId) {
        return partnerId == null ? read("", null) : read(" AND partner_id = :id", partnerId);
    }

    Optional<StaffAccount> find(String accountId) {
        return read(" AND id = :id", accountId).stream().findFirst();
    }

    void setEnabled(String accountId, boolean enabled) {
        tx.withHandle(h -> h.createUpdate("UPDATE accounts SET enabled = :e WHERE id = :id").bind("e", enabled)
                .bind("id", accountId).execute());
    }

    private List<StaffAccount> read(String andWhere, String id) {
        return tx.withHandle(h -> h.createQuery("SELECT id, username, role, partner_id, enabled FROM accounts "
                        + "WHERE role IN ('PARTNER', 'CASHIER', 'GATE', 'KIOSK')" + andWhere + " ORDER BY username")
                .bindMap(id == null ? Map.of() : Map.of("id", id))
                .map((rs, ctx) -> new StaffAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .list());
    }
}
