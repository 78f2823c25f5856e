package io.bilheteria.api.shifts;

import java.util.List;

/**
 * What a cashier sold and refunded in a shift, answered when it closes. {@code byBrand} lists
 * every brand, zeros included; tickets are counted by type (full price and meia-entrada);
 * {@code netCents} is {@code salesCents - refundsCents}.
 */
public record ShiftReport(Shift shift, List<BrandTotals> byBrand, int fullTickets, int halfTickets,
                          List<ProductSales> products, long salesCents, long refundsCents, long netCents) {
}
