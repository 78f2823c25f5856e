package io.bilheteria.backend.common;

import io.bilheteria.api.auth.Role;
import java.util.Optional;

/** Where a sale happens; it follows from the role of the caller. */
public enum Channel {
    KIOSK, BOX_OFFICE, ONLINE;

    public static Optional<Channel> of(Role role) {
        return switch (role) {
            case KIOSK -> Optional.of(KIOSK);
            case CASHIER -> Optional.of(BOX_OFFICE);
            case CUSTOMER -> Optional.of(ONLINE);
            default -> Optional.empty();
        };
    }
}
