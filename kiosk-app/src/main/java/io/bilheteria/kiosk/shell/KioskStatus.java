package io.bilheteria.kiosk.shell;

import io.bilheteria.devices.printer.PrinterStatus;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Whether the kiosk sells, and why not: the one place that decides it and the one place to read it.
 * Three things take it out of service: the backend cannot be reached (nobody can buy), the printer
 * cannot print (the next customer would get no paper), and staff closing it on the maintenance
 * screen. Screens report what they learn ({@link #printerNow}, {@link #backendUnreachable}); the
 * out-of-service screen asks again and reports the answers until none is left. On the FX thread.
 */
public final class KioskStatus {
    /** Why the kiosk is out of service, in the order the out-of-service screen deals with them. */
    public enum Reason {
        /** First: a customer may be waiting to learn whether their payment went through. */
        BACKEND,
        /** Comes back by itself once the printer says it is ready. */
        PRINTER,
        /** Only staff open it again, on the maintenance screen. */
        STAFF
    }

    private final ReadOnlyObjectWrapper<PrinterStatus> printerProblem = new ReadOnlyObjectWrapper<>(this, "printerProblem");
    private final ReadOnlyBooleanWrapper backendReachable = new ReadOnlyBooleanWrapper(this, "backendReachable", true);
    private final BooleanProperty closedByStaff = new SimpleBooleanProperty(this, "closedByStaff");
    private final ReadOnlyObjectWrapper<Reason> reason = new ReadOnlyObjectWrapper<>(this, "reason");

    public KioskStatus() {
        reason.bind(Bindings.createObjectBinding(() -> !backendReachable.get() ? Reason.BACKEND
                        : printerProblem.get() != null ? Reason.PRINTER
                        : closedByStaff.get() ? Reason.STAFF
                        : null,
                backendReachable, printerProblem, closedByStaff));
    }

    /**
     * What the last print or printer check said: a condition that stops printing takes the kiosk out
     * of service once the customer is done (their QR codes are on screen anyway); one that prints
     * brings it back.
     */
    public void printerNow(PrinterStatus status) {
        printerProblem.set(status.canPrint() ? null : status);
    }

    /** A call found no backend: the customer cannot go on, so the kiosk stops at once. */
    public void backendUnreachable() {
        backendReachable.set(false);
    }

    /** The backend answers again, and what was cut off by its absence has been dealt with. */
    public void backendAnswered() {
        backendReachable.set(true);
    }

    /** Why the printer cannot print, while it cannot; empty when it printed or answered ready last. */
    public Optional<PrinterStatus> printerProblem() {
        return Optional.ofNullable(printerProblem.get());
    }

    /**
     * False from a call that found no backend until the out-of-service screen finds it again. The
     * only reason that stops a customer in the middle of a purchase: nothing more can be bought.
     */
    public ReadOnlyBooleanProperty backendReachableProperty() {
        return backendReachable.getReadOnlyProperty();
    }

    /** Staff closed the kiosk on the maintenance screen; it stays closed until they open it there. */
    public BooleanProperty closedByStaffProperty() {
        return closedByStaff;
    }

    /** Why the kiosk is out of service (the first reason when there are several); null while in service. */
    public Reason getReason() {
        return reason.get();
    }

    /** Whether the next customer may start: the attract screen, or the out-of-service screen. */
    public boolean isInService() {
        return reason.get() == null;
    }
}
