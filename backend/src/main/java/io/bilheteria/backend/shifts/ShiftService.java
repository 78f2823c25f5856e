package io.bilheteria.backend.shifts;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.shifts.Shift;
import io.bilheteria.api.shifts.ShiftReport;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A cashier's shifts. A cashier moves money only inside an open shift: card payments and
 * refunds by a cashier without one are refused (409), so every one of them is in exactly
 * one shift's report. At most one shift per cashier is open at a time (the database's
 * unique {@code open_account_id} decides, even for two terminals at once).
 */
public final class ShiftService {
    private final Transactions tx;
    private final Clock clock;

    public ShiftService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public Shift open(Principal cashier) {
        try {
            return tx.inTransaction(h -> {
                Optional<Shift> open = openShift(h, cashier);
                if (open.isPresent()) {
                    throw alreadyOpen(open.get());
                }
                String id = Ids.newId();
                long now = clock.millis();
                h.createUpdate("INSERT INTO shifts (id, account_id, open_account_id, opened_at) "
                                + "VALUES (:id, :a, :a, :now)")
                        .bind("id", id).bind("a", cashier.accountId()).bind("now", now).execute();
                return new Shift(id, cashier.username(), Instant.ofEpochMilli(now), null);
            });
        } catch (UnableToExecuteStatementException e) {
            // another terminal of the same cashier opened one at the same moment
            throw tx.withHandle(h -> openShift(h, cashier)).map(ShiftService::alreadyOpen).orElseThrow(() -> e);
        }
    }

    public Shift current(Principal cashier) {
        return tx.withHandle(h -> openShift(h, cashier))
                .orElseThrow(() -> DomainException.notFound("Open shift"));
    }

    /** Closes the cashier's shift and answers its report; a shift already closed answers its report again. */
    public ShiftReport close(Principal cashier, String shiftId) {
        return tx.inTransaction(h -> {
            Shift shift = h.createQuery("SELECT id, opened_at, closed_at FROM shifts WHERE id = :id AND account_id = :a "
                            + "FOR UPDATE")
                    .bind("id", shiftId).bind("a", cashier.accountId())
                    .map((rs, ctx) -> shift(cashier, rs.getString(1), rs.getLong(2), rs.getObject(3, Long.class)))
                    .findOne()
                    .orElseThrow(() -> DomainException.notFound("Shift " + shiftId));
            if (shift.closedAt() == null) {
                boolean charging = h.createQuery("SELECT COUNT(*) FROM payments WHERE shift_id = :s AND status = 'PENDING'")
                        .bind("s", shiftId).mapTo(Integer.class).one() > 0;
                if (charging) {
                    // its outcome belongs in this report: close once the card has answered
                    throw new DomainException(DomainException.Kind.PAYMENT_IN_PROGRESS,
                            "A card payment of this shift is still in progress; close the shift when it has finished");
                }
                long now = clock.millis();
                h.createUpdate("UPDATE shifts SET closed_at = :now, open_account_id = NULL WHERE id = :id")
                        .bind("now", now).bind("id", shiftId).execute();
                shift = new Shift(shift.shiftId(), shift.cashier(), shift.openedAt(), Instant.ofEpochMilli(now));
            }
            return ShiftReports.of(h, shift);
        });
    }

    /**
     * The open shift a sale or refund belongs to: a cashier's, refused (409) without one; null
     * for the callers who work without shifts (kiosks, partners, admins). Read in the caller's
     * transaction, with the shift row locked: a shift cannot close halfway through a sale that
     * it will be reported with.
     */
    public String shiftOf(Principal caller) {
        return tx.withHandle(h -> shiftOf(h, caller));
    }

    public static String shiftOf(Handle h, Principal caller) {
        if (!caller.is(Role.CASHIER)) {
            return null;
        }
        return h.createQuery("SELECT id FROM shifts WHERE open_account_id = :a FOR UPDATE")
                .bind("a", caller.accountId()).mapTo(String.class).findOne()
                .orElseThrow(() -> new DomainException(DomainException.Kind.SHIFT_REQUIRED, "Open a shift first: "
                        + "a cashier sells and refunds only within an open shift (POST /shifts)"));
    }

    private static Optional<Shift> openShift(Handle h, Principal cashier) {
        return h.createQuery("SELECT id, opened_at FROM shifts WHERE open_account_id = :a")
                .bind("a", cashier.accountId())
                .map((rs, ctx) -> shift(cashier, rs.getString(1), rs.getLong(2), null))
                .findOne();
    }

    private static Shift shift(Principal cashier, String id, long openedAt, Long closedAt) {
        return new Shift(id, cashier.username(), Instant.ofEpochMilli(openedAt),
                closedAt == null ? null : Instant.ofEpochMilli(closedAt));
    }

    private static DomainException alreadyOpen(Shift open) {
        return DomainException.conflict("Shift " + open.shiftId() + " is already open; close it before opening another");
    }
}
