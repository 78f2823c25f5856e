package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.admin.AccountChange;
import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.admin.StaffAccount;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.reports.PlatformReport;
import io.bilheteria.client.ConflictException;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * What the admin does, as blocking calls for the screens to run in the background: partners
 * (created, their platform fee, disabled), staff accounts (created, password reset, disabled)
 * and the totals across partners. The admin's typing is checked here, with a sentence the
 * screen shows as it is ({@link IllegalArgumentException}), before anything is sent.
 */
final class AdminConsole {
    /** The backend's rule for staff passwords. */
    static final int MIN_PASSWORD = 8;
    private final TerminalBackend backend;
    private final Messages messages;

    AdminConsole(TerminalBackend backend, Messages messages) {
        this.backend = backend;
        this.messages = messages;
    }

    // --- partners ---------------------------------------------------------------------------------

    List<Partner> partners() {
        return backend.call(c -> c.partners().items());
    }

    Partner createPartner(String name, String feePercent) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(messages.get("admin.partner.name.missing"));
        }
        Integer fee = feePercent == null || feePercent.isBlank() ? null : feeBps(feePercent);
        return backend.call(c -> c.createPartner(new PartnerDraft(trimmed, fee, null)));
    }

    Partner setFee(Partner partner, String feePercent) {
        int fee = feeBps(feePercent);
        return backend.call(c -> c.editPartner(partner.id(), new PartnerDraft(null, fee, null)));
    }

    /** A disabled partner's accounts cannot sign in and its events are not on sale, until enabled again. */
    Partner setEnabled(Partner partner, boolean enabled) {
        return backend.call(c -> c.editPartner(partner.id(), new PartnerDraft(null, null, enabled)));
    }

    /** "10", "12,5", "12.5 %" as basis points (1250); 0 to 100 %. */
    int feeBps(String percent) {
        String digits = percent == null ? "" : percent.replace("%", "").replace(',', '.').trim();
        try {
            BigDecimal bps = new BigDecimal(digits).movePointRight(2);
            if (bps.signum() >= 0 && bps.compareTo(BigDecimal.valueOf(10_000)) <= 0 && bps.stripTrailingZeros().scale() <= 0) {
                return bps.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException notAFee) {
            // said below in the admin's words
        }
        throw new IllegalArgumentException(messages.get("admin.partner.fee.invalid"));
    }

    /** 1250 as "12,5 %" (pt-BR) or "12.5 %". */
    static String feePercent(int bps, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        return number.format(BigDecimal.valueOf(bps).movePointLeft(2)) + " %";
    }

    // --- staff accounts ---------------------------------------------------------------------------

    /** Every staff account, or one partner's with a partner. */
    List<StaffAccount> accounts(Partner partner) {
        return backend.call(c -> c.staffAccounts(partner == null ? null : partner.id()).items());
    }

    /** {@code partner} null: the venue's own account, which sells every partner's events. */
    StaffAccount createAccount(String username, String password, Role role, Partner partner) {
        String user = username == null ? "" : username.trim();
        if (user.isEmpty()) {
            throw new IllegalArgumentException(messages.get("admin.account.username.missing"));
        }
        checkPassword(password);
        if (role == null) {
            throw new IllegalArgumentException(messages.get("admin.account.role.missing"));
        }
        if (role == Role.PARTNER && partner == null) {
            throw new IllegalArgumentException(messages.get("admin.account.partner.missing"));
        }
        try {
            return backend.call(c -> c.createStaffAccount(new AccountDraft(user, password, role,
                    partner == null ? null : partner.id())));
        } catch (ConflictException taken) {
            throw new IllegalArgumentException(messages.get("admin.account.taken", user), taken);
        }
    }

    /** The account is signed out everywhere and signs in with the new password only. */
    StaffAccount resetPassword(StaffAccount account, String password) {
        checkPassword(password);
        return backend.call(c -> c.changeStaffAccount(account.id(), new AccountChange(null, password)));
    }

    StaffAccount setEnabled(StaffAccount account, boolean enabled) {
        return backend.call(c -> c.changeStaffAccount(account.id(), new AccountChange(enabled, null)));
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException(messages.get("admin.account.password.short", MIN_PASSWORD));
        }
    }

    // --- totals -----------------------------------------------------------------------------------

    PlatformReport report() {
        return backend.call(c -> c.platformReport());
    }
}
