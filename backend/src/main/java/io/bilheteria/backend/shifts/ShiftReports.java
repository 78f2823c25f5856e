package io.bilheteria.backend.shifts;

import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.shifts.BrandTotals;
import io.bilheteria.api.shifts.ProductSales;
import io.bilheteria.api.shifts.Shift;
import io.bilheteria.api.shifts.ShiftReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Adds up a shift: its card sales (the approved payments made in it, also those refunded
 * later) and its refunds, by brand; the tickets and products of those sales.
 */
final class ShiftReports {
    /** The brands a report shows; any other brand the card prefix tells (e.g. Hipercard) is OTHER. */
    static final List<String> BRANDS = List.of("VISA", "MASTERCARD", "ELO", "AMEX", "OTHER");
    private static final String SOLD_IN_SHIFT = "p.shift_id = :s AND p.status IN ('APPROVED', 'REFUNDED')";

    private ShiftReports() {
    }

    static ShiftReport of(Handle h, Shift shift) {
        String id = shift.shiftId();
        Map<String, long[]> byBrand = new LinkedHashMap<>();
        BRANDS.forEach(brand -> byBrand.put(brand, new long[4]));
        h.createQuery("SELECT p.brand, COUNT(*), SUM(p.amount_cents) FROM payments p WHERE " + SOLD_IN_SHIFT
                        + " GROUP BY p.brand")
                .bind("s", id)
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)})
                .forEach(row -> add(byBrand, (String) row[0], 0, (long) row[1], (long) row[2]));
        h.createQuery("SELECT p.brand, COUNT(*), SUM(r.amount_cents) FROM refunds r "
                        + "JOIN payments p ON p.id = r.payment_id WHERE r.shift_id = :s GROUP BY p.brand")
                .bind("s", id)
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)})
                .forEach(row -> add(byBrand, (String) row[0], 2, (long) row[1], (long) row[2]));
        List<BrandTotals> brands = byBrand.entrySet().stream()
                .map(e -> new BrandTotals(e.getKey(), (int) e.getValue()[0], e.getValue()[1], (int) e.getValue()[2],
                        e.getValue()[3]))
                .toList();

        Map<TicketType, Integer> tickets = new LinkedHashMap<>();
        h.createQuery("SELECT t.ticket_type, COUNT(*) FROM tickets t JOIN payments p ON p.order_id = t.order_id "
                        + "WHERE " + SOLD_IN_SHIFT + " GROUP BY t.ticket_type")
                .bind("s", id)
                .map((rs, ctx) -> Map.entry(TicketType.valueOf(rs.getString(1)), rs.getInt(2)))
                .forEach(e -> tickets.put(e.getKey(), e.getValue()));

        List<ProductSales> products = h.createQuery("SELECT i.ref_id, i.description, SUM(i.quantity), "
                        + "SUM(i.quantity * i.unit_price_cents) FROM order_items i "
                        + "JOIN payments p ON p.order_id = i.order_id WHERE " + SOLD_IN_SHIFT + " AND i.kind = 'PRODUCT' "
                        + "GROUP BY i.ref_id, i.description ORDER BY i.description")
                .bind("s", id)
                .map((rs, ctx) -> new ProductSales(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)))
                .list();

        long sales = brands.stream().mapToLong(BrandTotals::salesCents).sum();
        long refunds = brands.stream().mapToLong(BrandTotals::refundsCents).sum();
        return new ShiftReport(shift, brands, tickets.getOrDefault(TicketType.FULL, 0),
                tickets.getOrDefault(TicketType.HALF, 0), products, sales, refunds, sales - refunds);
    }

    /** Adds a count and an amount at {@code at} (0: sales, 2: refunds) of the brand's row. */
    private static void add(Map<String, long[]> byBrand, String brand, int at, long count, long cents) {
        long[] row = byBrand.get(BRANDS.contains(brand) ? brand : "OTHER");
        row[at] += count;
        row[at + 1] += cents;
    }
}
