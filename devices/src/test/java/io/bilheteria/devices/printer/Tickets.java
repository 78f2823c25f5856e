package io.bilheteria.devices.printer;

import java.time.Instant;
import java.time.ZoneId;

/** Tickets as the kiosk would build them from an order; payloads shaped like the backend's signed codes. */
public final class Tickets {
    private Tickets() {
    }

    /** Saturday 14 March 2026, 20:00 in São Paulo. */
    public static final Instant SATURDAY_EVENING = Instant.parse("2026-03-14T23:00:00Z");

    public static PrintableTicket opera(String seat, String order) {
        return new PrintableTicket("Ópera no Parque: A Flauta Mágica", "Teatro Municipal de São Paulo",
                SATURDAY_EVENING, ZoneId.of("America/Sao_Paulo"), "Plateia A", "C", seat, 4500, "BRL", order,
                payload(seat), 0);
    }

    public static String payload(String seat) {
        return "BT1.7f9c2b1e-4d3a-4c55-9a0e-3b2f8e6d1a0" + seat.charAt(0) + ".1.5a1d9e3c-2b7f-4e8a-b6c4-0d9f3e2a1b7c."
                + seat + ".Qm9hLXNvcnRlLWJlbS12aW5kby1hby10ZWF0cm8tbXVuaWNpcGFsLWRlLXNhby1wYXVsbyE_Ev" + seat;
    }
}
