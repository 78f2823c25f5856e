package io.bilheteria.backend.admin;

import io.bilheteria.api.admin.AccountChange;
import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.StaffAccount;
import io.bilheteria.api.admin.StaffAccountList;
import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Validation;
import io.bilheteria.backend.storage.Transactions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Staff accounts: partner logins and the cashiers, gates and kiosks of a partner or of the
 * venue. Customers register themselves and admins are made by hand: neither is listed or
 * changed here (an unknown account to this API).
 * Disabling an account or setting its password signs it out everywhere.
 */
public final class StaffAdmin {
    private static final Set<Role> STAFF = EnumSet.of(Role.PARTNER, Role.CASHIER, Role.GATE, Role.KIOSK);
    static final int MIN_PASSWORD = 8;
    private final Transactions tx;
    private final AuthService auth;

    public StaffAdmin(Transactions tx, AuthService auth) {
        this.tx = tx;
        this.auth = auth;
    }

    /** Staff of one partner with {@code partnerId}, else all staff. */
    public StaffAccountList list(String partnerId) {
        boolean all = partnerId == null || partnerId.isBlank();
        return tx.withHandle(h -> new StaffAccountList(read(h, all ? "" : " AND partner_id = :id", all ? null : partnerId)));
    }

    public StaffAccount create(AccountDraft draft) {
        String username = Validation.maxLength(Validation.required(draft.username(), "username"), 200, "username")
                .toLowerCase();
        String password = password(draft.password());
        if (draft.role() == null || !STAFF.contains(draft.role())) {
            throw DomainException.invalid("'role' must be one of " + STAFF);
        }
        if (draft.role() == Role.PARTNER && (draft.partnerId() == null || draft.partnerId().isBlank())) {
            throw DomainException.invalid("A PARTNER account needs a 'partnerId'");
        }
        return tx.inTransaction(h -> {
            if (draft.partnerId() != null && h.createQuery("SELECT COUNT(*) FROM partners WHERE id = :id")
                    .bind("id", draft.partnerId()).mapTo(Integer.class).one() == 0) {
                throw DomainException.invalid("Partner " + draft.partnerId() + " does not exist");
            }
            return one(h, auth.createAccount(h, username, password, draft.role(), draft.partnerId()));
        });
    }

    public StaffAccount change(String accountId, AccountChange change) {
        if (change.enabled() == null && change.password() == null) {
            throw DomainException.invalid("Give 'enabled', 'password' or both");
        }
        String password = change.password() == null ? null : password(change.password());
        StaffAccount changed = tx.inTransaction(h -> {
            one(h, accountId);
            if (change.enabled() != null) {
                h.createUpdate("UPDATE accounts SET enabled = :e WHERE id = :id").bind("e", change.enabled())
                        .bind("id", accountId).execute();
            }
            if (password != null) {
                auth.setPassword(h, accountId, password);
            }
            if (password != null || Boolean.FALSE.equals(change.enabled())) {
                h.createUpdate("DELETE FROM auth_tokens WHERE account_id = :id").bind("id", accountId).execute();
                auth.revokeTokens(h);
            }
            return one(h, accountId);
        });
        return changed;
    }

    private static StaffAccount one(Handle h, String accountId) {
        List<StaffAccount> found = read(h, " AND id = :id", accountId);
        if (found.isEmpty()) {
            throw DomainException.notFound("Account " + accountId);
        }
        return found.get(0);
    }

    /** Staff accounts only: an admin account cannot be disabled or reset here, so no admin locks all admins out. */
    private static List<StaffAccount> read(Handle h, String andWhere, String id) {
        return h.createQuery("SELECT id, username, role, partner_id, enabled FROM accounts "
                        + "WHERE role IN ('PARTNER', 'CASHIER', 'GATE', 'KIOSK')" + andWhere + " ORDER BY username")
                .bindMap(id == null ? Map.of() : Map.of("id", id))
                .map((rs, ctx) -> new StaffAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    private static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw DomainException.invalid("'password' must have between " + MIN_PASSWORD + " and 200 characters");
        }
        return password;
    }
}
