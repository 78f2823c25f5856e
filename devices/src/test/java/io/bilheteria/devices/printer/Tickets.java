package io.bilheteria.devices.printer;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

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

    /** The opera's order K7Q2M paid at the kiosk totem-01: seat 12 full price, 13 half price, two popcorns. */
    public static PrintablePayment operaPayment() {
        PrintableTicket full = opera("12", "K7Q2M");
        PrintableTicket half = new PrintableTicket(full.eventTitle(), full.venue(), full.sessionStart(), full.zone(),
                full.section(), full.row(), "13", 2250, "BRL", "K7Q2M", payload("13"), 0, true);
        return new PrintablePayment("K7Q2M", Instant.parse("2026-03-10T17:42:00Z"), ZoneId.of("America/Sao_Paulo"),
                "totem-01", List.of(full, half), List.of(new PrintablePayment.ProductLine("Pipoca grande", 2, 1800)),
                4500 + 2250 + 2 * 1800, "BRL", new PrintablePayment.Card("VISA", "1111", "A1B2C3"));
    }

    /** The n-th popcorn of order K7Q2M, its code shaped like the backend's signed voucher codes. */
    public static PrintableVoucher popcorn(int n) {
        return new PrintableVoucher("Pipoca grande", "Ópera no Parque: A Flauta Mágica", "Teatro Municipal de São Paulo",
                SATURDAY_EVENING, ZoneId.of("America/Sao_Paulo"), "K7Q2M", voucherCode(n));
    }

    public static String voucherCode(int n) {
        return "BV1.0b7d3c2a-5e4f-4a6b-8c9d-1e2f3a4b5c6" + n + ".5a1d9e3c-2b7f-4e8a-b6c4-0d9f3e2a1b7c"
                + ".9c8b7a6d-5e4f-4321-8765-43210fedcba9.UGlwb2NhLWdyYW5kZS1wYXJhLWEtb3BlcmEtbm8tcGFycXVlIQ_Vz" + n;
    }

    public static String payload(String seat) {
        return "BT1.7f9c2b1e-4d3a-4c55-9a0e-3b2f8e6d1a0" + seat.charAt(0) + ".1.5a1d9e3c-2b7f-4e8a-b6c4-0d9f3e2a1b7c."
                + seat + ".Qm9hLXNvcnRlLWJlbS12aW5kby1hby10ZWF0cm8tbXVuaWNpcGFsLWRlLXNhby1wYXVsbyE_Ev" + seat;
    }
}
