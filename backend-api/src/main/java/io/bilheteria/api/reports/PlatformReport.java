package io.bilheteria.api.reports;

import java.util.List;

/** Sales across all partners, for the admin: the total and one line per partner. */
public record PlatformReport(SalesTotals totals, List<PartnerSales> partners) {
}
