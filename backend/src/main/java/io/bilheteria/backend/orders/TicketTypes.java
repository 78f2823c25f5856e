package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.common.DomainException;
import java.util.Collection;
import java.util.Map;

/** The ticket types an order asks for, and that they name seats of the order. */
final class TicketTypes {
    private TicketTypes() {
    }

    /**
     * The requested types, or an empty map (all FULL). Every channel sells HALF: the buyer is told
     * to bring the document that entitles them, and the gate asks for it (the law's check).
     */
    static Map<String, TicketType> requested(Map<String, TicketType> types) {
        if (types == null) {
            return Map.of();
        }
        if (types.containsValue(null)) {
            throw DomainException.invalid("Each entry of 'ticketTypes' must be FULL or HALF");
        }
        return types;
    }

    static int halfPriceCount(Map<String, TicketType> types) {
        return (int) types.values().stream().filter(type -> type == TicketType.HALF).count();
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
