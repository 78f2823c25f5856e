package io.bilheteria.backend.orders;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import java.util.Collection;
import java.util.Map;

/** Who may sell which ticket type, and that the types name seats of the order. */
final class TicketTypes {
    private TicketTypes() {
    }

    /**
     * The requested types, or an empty map (all FULL). HALF needs someone who sees the
     * holder's document: a cashier (or an admin), never the kiosk nor an online customer.
     */
    static Map<String, TicketType> requested(Principal caller, Map<String, TicketType> types) {
        if (types == null) {
            return Map.of();
        }
        if (types.containsValue(null)) {
            throw DomainException.invalid("Each entry of 'ticketTypes' must be FULL or HALF");
        }
        boolean checksDocuments = caller.is(Role.CASHIER) || caller.is(Role.ADMIN);
        if (types.containsValue(TicketType.HALF) && !checksDocuments) {
            throw DomainException.forbidden("Half-price (meia-entrada) tickets are sold only at the box office, "
                    + "where the cashier checks the holder's document");
        }
        return types;
    }

    /** Every seat named in {@code types} must be one of the order's seats. */
    static void checkSeatsHeld(Map<String, TicketType> types, Collection<String> heldSeatIds) {
        for (String seatId : types.keySet()) {
            if (!heldSeatIds.contains(seatId)) {
                throw DomainException.invalid("'ticketTypes' names seat " + shown(seatId) + ", which is not in this hold");
            }
        }
    }

    private static String shown(String seatId) {
        return seatId.length() > 40 ? seatId.substring(0, 40) + "..." : seatId;
    }
}
