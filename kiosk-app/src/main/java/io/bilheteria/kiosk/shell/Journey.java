package io.bilheteria.kiosk.shell;

/**
 * How screens and their view models move the customer through the kiosk: the navigator and the
 * overlay in the running kiosk ({@link KioskJourney}), a record of the steps in a view-model test.
 * On the FX thread.
 */
public interface Journey {
    /** The screen shown now. */
    Place place();

    void go(Place next);

    /** Goes to {@code next} and tells the customer why there, in a message they dismiss with OK. */
    void go(Place next, String message);

    /**
     * The customer is done or gone: anything held is given back, everything of theirs forgotten,
     * and the next customer finds the attract screen, or the out-of-service screen while the kiosk
     * cannot sell.
     */
    void startOver();
}
