package io.bilheteria.api.reports;

public record PartnerSales(String partnerId, String name, SalesTotals totals) {
}
