package io.bilheteria.backend.reports;

import io.bilheteria.api.reports.SalesPoint;
import io.bilheteria.api.reports.SalesReport;
import io.bilheteria.api.reports.SalesTotals;
import io.bilheteria.api.reports.SessionSales;

/**
 * A sales report as CSV (RFC 4180, CRLF line ends) for a spreadsheet: one line for the total,
 * one per session and one per point of the time series, told apart by the first column.
 * Amounts stay in cents, as in the JSON, so nothing is rounded.
 */
public final class SalesCsv {
    static final String HEADER = "kind,sessionId,start,ticketsSold,orders,grossCents,platformFeeCents,partnerNetCents,currency";

    private SalesCsv() {
    }

    public static String of(SalesReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        line(csv, "TOTAL", report.sessionId() == null ? "" : report.sessionId(), "", report.totals(), report.currency());
        for (SessionSales s : report.sessions()) {
            line(csv, "SESSION", s.sessionId(), s.startsAt().toString(), s.totals(), report.currency());
        }
        for (SalesPoint p : report.series()) {
            line(csv, report.bucket().name(), "", p.start().toString(), p.totals(), report.currency());
        }
        return csv.toString();
    }

    /** Every field is an id, an ISO instant, a number or a currency code: nothing needs quoting. */
    private static void line(StringBuilder csv, String kind, String sessionId, String start, SalesTotals t,
                             String currency) {
        csv.append(kind).append(',').append(sessionId).append(',').append(start).append(',')
                .append(t.ticketsSold()).append(',').append(t.orders()).append(',').append(t.grossCents()).append(',')
                .append(t.platformFeeCents()).append(',').append(t.partnerNetCents()).append(',').append(currency)
                .append("\r\n");
    }
}
