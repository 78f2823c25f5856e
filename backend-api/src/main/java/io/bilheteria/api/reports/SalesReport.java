package io.bilheteria.api.reports;

import java.util.List;

/**
 * Sales of one event, or of one session of it ({@code sessionId} set): totals, a line per
 * session, and a time series by {@code bucket} for a chart, only the buckets with sales.
 */
public record SalesReport(String eventId, String sessionId, String currency, SalesBucket bucket, SalesTotals totals,
                          List<SessionSales> sessions, List<SalesPoint> series) {
}
