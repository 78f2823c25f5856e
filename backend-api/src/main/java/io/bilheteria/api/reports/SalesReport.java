package io.bilheteria.api.reports;

import java.util.List;

/**
 * Sales of one event, or of one session of it ({@code sessionId} set): totals, a line per
 * session, and a time series by {@code bucket} for a chart, only the buckets with sales.
 * Hours and days are those of {@code zone} (an IANA zone such as America/Sao_Paulo, UTC by
 * default), at its offset of today.
 */
public record SalesReport(String eventId, String sessionId, String currency, SalesBucket bucket, String zone,
                          SalesTotals totals, List<SessionSales> sessions, List<SalesPoint> series) {
}
