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

/**
 * A cashier's shifts. A cashier moves money only inside an open shift: card payments and
 * refunds by a cashier without one are refused (409), so every one of them is in exactly
 * one shift's report. At most one shift per cashier is open at a time (the database's
 * unique {@code open_account_id} decides, even for two terminals at once).
 */
public final class ShiftService {
    private final Transactions tx;
    private final ShiftRepository shifts;
    private final Clock clock;

    public ShiftService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.shifts = new ShiftRepository(tx);
        this.clock = clock;
    }

    public Shift open(Principal cashier) {
        try {
            return tx.inTransaction(() -> {
                Optional<Shift> open = openShift(cashier);
                if (open.isPresent()) {
                    throw alreadyOpen(open.get());
                }
                String id = Ids.newId();
                long now = clock.millis();
                shifts.insert(id, cashier.accountId(), now);
                return new Shift(id, cashier.username(), Instant.ofEpochMilli(now), null);
            });
        } catch (RuntimeException e) {
            if (!Transactions.isUniqueViolation(e)) {
                throw e;
            }
            // another terminal of the same cashier opened one at the same moment
            throw openShift(cashier).map(ShiftService::alreadyOpen).orElseThrow(() -> e);
        }
    }

    public Shift current(Principal cashier) {
        return openShift(cashier).orElseThrow(() -> DomainException.notFound("Open shift"));
    }

    /** Closes the cashier's shift and answers its report; a shift already closed answers its report again. */
    public ShiftReport close(Principal cashier, String shiftId) {
        return tx.inTransaction(() -> {
            Shift shift = shifts.lock(shiftId, cashier.accountId())
                    .map(row -> shift(cashier, row))
                    .orElseThrow(() -> DomainException.notFound("Shift " + shiftId));
            if (shift.closedAt() == null) {
                if (shifts.hasPendingPayments(shiftId)) {
                    // its outcome belongs in this report: close once the card has answered
                    throw new DomainException(DomainException.Kind.PAYMENT_IN_PROGRESS,
                            "A card payment of this shift is still in progress; close the shift when it has finished");
                }
                long now = clock.millis();
                shifts.close(shiftId, now);
                shift = new Shift(shift.shiftId(), shift.cashier(), shift.openedAt(), Instant.ofEpochMilli(now));
            }
            return ShiftReports.of(shifts, shift);
        });
    }

    /**
     * The open shift a sale or refund belongs to: a cashier's, refused (409) without one; null
     * for the callers who work without shifts (kiosks, partners, admins). Read in the caller's
     * transaction, with the shift row locked: a shift cannot close halfway through a sale that
     * it will be reported with.
     */
    public String shiftOf(Principal caller) {
        if (!caller.is(Role.CASHIER)) {
            return null;
        }
        return shifts.lockOpen(caller.accountId()).orElseThrow(ShiftService::shiftRequired);
    }

    private static DomainException shiftRequired() {
        return new DomainException(DomainException.Kind.SHIFT_REQUIRED, "Open a shift first: "
                + "a cashier sells and refunds only within an open shift (POST /shifts)");
    }

    private Optional<Shift> openShift(Principal cashier) {
        return shifts.open(cashier.accountId()).map(row -> shift(cashier, row));
    }

    private static Shift shift(Principal cashier, ShiftRepository.ShiftRow row) {
        return new Shift(row.id(), cashier.username(), Instant.ofEpochMilli(row.openedAt()),
                row.closedAt() == null ? null : Instant.ofEpochMilli(row.closedAt()));
    }

    private static DomainException alreadyOpen(Shift open) {
        return DomainException.conflict("Shift " + open.shiftId() + " is already open; close it before opening another");
    }
}
