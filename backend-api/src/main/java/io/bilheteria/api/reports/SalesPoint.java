package io.bilheteria.api.reports;

import java.time.Instant;

/** The sales paid within one hour or one day (of the report's zone) starting at {@code start}. */
public record SalesPoint(Instant start, SalesTotals totals) {
}
