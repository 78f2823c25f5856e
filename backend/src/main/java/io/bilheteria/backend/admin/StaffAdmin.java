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
import java.util.Set;

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
    private final StaffAccountRepository accounts;
    private final PartnerRepository partners;
    private final AuthService auth;

    public StaffAdmin(Transactions tx, AuthService auth) {
        this.tx = tx;
        this.accounts = new StaffAccountRepository(tx);
        this.partners = new PartnerRepository(tx);
        this.auth = auth;
    }

    /** Staff of one partner with {@code partnerId}, else all staff. */
    public StaffAccountList list(String partnerId) {
        boolean all = partnerId == null || partnerId.isBlank();
        return new StaffAccountList(accounts.list(all ? null : partnerId));
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
        return tx.inTransaction(() -> {
            if (draft.partnerId() != null && !partners.exists(draft.partnerId())) {
                throw DomainException.invalid("Partner " + draft.partnerId() + " does not exist");
            }
            return one(auth.createAccount(username, password, draft.role(), draft.partnerId()));
        });
    }

    public StaffAccount change(String accountId, AccountChange change) {
        if (change.enabled() == null && change.password() == null) {
            throw DomainException.invalid("Give 'enabled', 'password' or both");
        }
        String password = change.password() == null ? null : password(change.password());
        return tx.inTransaction(() -> {
            one(accountId);
            if (change.enabled() != null) {
                accounts.setEnabled(accountId, change.enabled());
            }
            if (password != null) {
                auth.setPassword(accountId, password);
            }
            if (password != null || Boolean.FALSE.equals(change.enabled())) {
                auth.signOut(accountId);
            }
            return one(accountId);
        });
    }

    /** A staff account: an admin's (or a customer's) is not found here. */
    private StaffAccount one(String accountId) {
        return accounts.find(accountId).orElseThrow(() -> DomainException.notFound("Account " + accountId));
    }

    private static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw DomainException.invalid("'password' must have between " + MIN_PASSWORD + " and 200 characters");
        }
        return password;
    }
}
