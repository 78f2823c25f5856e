package io.bilheteria.api.reports;

import java.time.Instant;

public record SessionSales(String sessionId, Instant startsAt, SalesTotals totals) {
}
