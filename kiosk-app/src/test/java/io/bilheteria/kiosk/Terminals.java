package io.bilheteria.kiosk;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.ui.sale.TerminalBackend;

/** The kiosk's own way to the backend (signed in as the demo kiosk, signing in again when its token lapses). */
public final class Terminals {
    private Terminals() {
    }

    public static TerminalBackend kiosk(LocalBackend backend) {
        return new TerminalBackend(backend.client(), "kiosk", "demo-kiosk");
    }
}
