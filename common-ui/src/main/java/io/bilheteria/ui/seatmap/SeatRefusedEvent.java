package io.bilheteria.ui.seatmap;

import io.bilheteria.api.catalog.Seat;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;

/**
 * Fired by {@link SeatMapView} when the user (or the app) tries to select a seat that cannot be selected,
 * so the app can say why: the seat is held or sold, or the selection is already at {@code maxSelection}.
 */
public final class SeatRefusedEvent extends Event {
    public static final EventType<SeatRefusedEvent> SEAT_REFUSED = new EventType<>(Event.ANY, "SEAT_REFUSED");

    public enum Reason {
        /** Someone else holds the seat (it may come back if their hold expires). */
        HELD,
        /** The seat is sold. */
        SOLD,
        /** The selection already has {@code maxSelection} seats. */
        SELECTION_FULL
    }

    private final transient Seat seat;
    private final Reason reason;
    private final int maxSelection;

    SeatRefusedEvent(Object source, EventTarget target, Seat seat, Reason reason, int maxSelection) {
        super(source, target, SEAT_REFUSED);
        this.seat = seat;
        this.reason = reason;
        this.maxSelection = maxSelection;
    }

    /** The seat that was asked for, with its current status. */
    public Seat seat() {
        return seat;
    }

    public Reason reason() {
        return reason;
    }

    /** The limit in force when the seat was refused (meaningful for {@link Reason#SELECTION_FULL}). */
    public int maxSelection() {
        return maxSelection;
    }
}
