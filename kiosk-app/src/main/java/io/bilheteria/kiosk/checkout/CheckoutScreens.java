package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.shell.KioskContext;

/** The second half of a purchase and the service screens: identify to done, out of service, maintenance. */
public final class CheckoutScreens {
    public static final String BUNDLE = "io.bilheteria.kiosk.checkout.checkout";

    private CheckoutScreens() {
    }

    public static void register(KioskContext ctx) {
    }
}
