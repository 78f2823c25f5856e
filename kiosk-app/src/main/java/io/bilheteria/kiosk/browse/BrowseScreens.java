package io.bilheteria.kiosk.browse;

import io.bilheteria.kiosk.shell.KioskContext;
import io.bilheteria.kiosk.shell.Place;

/** The first half of a purchase: attract, events, sessions, seats, add-ons. */
public final class BrowseScreens {
    public static final String BUNDLE = "io.bilheteria.kiosk.browse.browse";

    private BrowseScreens() {
    }

    public static void register(KioskContext ctx) {
        ctx.navigator().register(Place.ATTRACT, () -> new AttractScreen(ctx));
        ctx.navigator().register(Place.EVENTS, () -> new EventsScreen(ctx));
        ctx.navigator().register(Place.SESSIONS, () -> new SessionsScreen(ctx));
        ctx.navigator().register(Place.SEATS, () -> new SeatsScreen(ctx));
        ctx.navigator().register(Place.ADDONS, () -> new AddOnsScreen(ctx));
    }
}
