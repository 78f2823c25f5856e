package io.bilheteria.kiosk.browse;

/** The first half of a purchase: attract, events, sessions, seats, add-ons. */
public final class BrowseScreens {
    public static final String BUNDLE = "io.bilheteria.kiosk.browse.browse";

    private BrowseScreens() {
    }
}
