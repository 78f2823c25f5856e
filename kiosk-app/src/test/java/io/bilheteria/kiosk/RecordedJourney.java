package io.bilheteria.kiosk;

import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.Place;
import java.util.ArrayList;
import java.util.List;

/** The customer's way as a view model sends them, written down instead of shown: no stage, no screens. */
public final class RecordedJourney implements Journey {
    private final List<Place> places = new ArrayList<>();
    private Place place;
    private String message;
    private int startedOver;

    /** Puts the customer on {@code where} without recording it, as the screen they start the test on. */
    public RecordedJourney on(Place where) {
        place = where;
        return this;
    }

    @Override
    public Place place() {
        return place;
    }

    @Override
    public void go(Place next) {
        places.add(next);
        place = next;
        message = null;
    }

    @Override
    public void go(Place next, String told) {
        go(next);
        message = told;
    }

    @Override
    public void startOver() {
        startedOver++;
    }

    /** Every screen the customer was sent to, in order. */
    public List<Place> places() {
        return List.copyOf(places);
    }

    /** What the customer was told on arriving at the last screen; null when nothing. */
    public String message() {
        return message;
    }

    /** How often the kiosk was made ready for the next customer. */
    public int startedOver() {
        return startedOver;
    }
}
