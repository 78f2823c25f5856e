package io.bilheteria.ui.seatmap;

import io.bilheteria.api.catalog.Seat;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;

/**
 * Fired by {@link SeatMapView} when a status update made selected seats unavailable (someone else held or
 * bought them) and they were taken out of the selection, so the app can tell the customer.
 */
public final class SelectionLostEvent extends Event {
    public static final EventType<SelectionLostEvent> SELECTION_LOST = new EventType<>(Event.ANY, "SELECTION_LOST");

    private final transient List<Seat> seats;

    SelectionLostEvent(Object source, EventTarget target, List<Seat> seats) {
        super(source, target, SELECTION_LOST);
        this.seats = List.copyOf(seats);
    }

    /** The seats removed from the selection, with their new status (HELD or SOLD). */
    public List<Seat> seats() {
        return seats;
    }
}
