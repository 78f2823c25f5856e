package io.bilheteria.backend.shifts;

import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.shifts.BrandTotals;
import io.bilheteria.api.shifts.ProductSales;
import io.bilheteria.api.shifts.Shift;
import io.bilheteria.api.shifts.ShiftReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up a shift: its card sales (the approved payments made in it, also those refunded
 * later) and its refunds, by brand; the tickets and products of those sales.
 */
final class ShiftReports {
    /** The brands a report shows; any other brand the card prefix tells (e.g. Hipercard) is OTHER. */
    static final List<String> BRANDS = List.of("VISA", "MASTERCARD", "ELO", "AMEX", "OTHER");

    private ShiftReports() {
    }

    static ShiftReport of(ShiftRepository shifts, Shift shift) {
        String id = shift.shiftId();
        Map<String, long[]> byBrand = new LinkedHashMap<>();
        BRANDS.forEach(brand -> byBrand.put(brand, new long[4]));
        shifts.salesByBrand(id).forEach(sum -> add(byBrand, sum, 0));
        shifts.refundsByBrand(id).forEach(sum -> add(byBrand, sum, 2));
        List<BrandTotals> brands = byBrand.entrySet().stream()
                .map(e -> new BrandTotals(e.getKey(), (int) e.getValue()[0], e.getValue()[1], (int) e.getValue()[2],
                        e.getValue()[3]))
                .toList();

        Map<TicketType, Integer> tickets = new LinkedHashMap<>();
        shifts.ticketsSold(id).forEach(t -> tickets.put(t.type(), t.count()));

        List<ProductSales> products = shifts.productsSold(id);

        long sales = brands.stream().mapToLong(BrandTotals::salesCents).sum();
        long refunds = brands.stream().mapToLong(BrandTotals::refundsCents).sum();
        return new ShiftReport(shift, brands, tickets.getOrDefault(TicketType.FULL, 0),
                tickets.getOrDefault(TicketType.HALF, 0), products, sales, refunds, sales - refunds);
    }

    /** Adds a brand's count and amount at {@code at} (0: sales, 2: refunds) of the brand's row. */
    private static void add(Map<String, long[]> byBrand, ShiftRepository.BrandSum sum, int at) {
        long[] row = byBrand.get(BRANDS.contains(sum.brand()) ? sum.brand() : "OTHER");
        row[at] += sum.count();
        row[at + 1] += sum.cents();
    }
}
