package io.bilheteria.backend.reports;

import io.bilheteria.api.reports.PartnerSales;
import io.bilheteria.api.reports.PlatformReport;
import io.bilheteria.api.reports.SalesBucket;
import io.bilheteria.api.reports.SalesPoint;
import io.bilheteria.api.reports.SalesReport;
import io.bilheteria.api.reports.SalesTotals;
import io.bilheteria.api.reports.SessionSales;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.partners.Ownership;
import io.bilheteria.backend.storage.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Sales of paid orders, summed in SQL: a sold-out stadium (60,000 orders) is a few grouped
 * scans of the orders of its session, not 60,000 rows sent to Java. Money comes from the
 * orders (gross, fee and net were fixed when each was paid); tickets from their seat lines.
 */
public final class SalesReports {
    /**
     * Per group: orders and money from the orders, tickets from their seat lines. The group key
     * is computed in a subquery so that both databases group by a plain column.
     */
    private static final String TOTALS = "SELECT g, COUNT(*), SUM(total_cents), SUM(platform_fee_cents), "
            + "SUM(partner_net_cents), SUM(seats), MAX(currency) FROM (SELECT %s AS g, o.total_cents, "
            + "o.platform_fee_cents, o.partner_net_cents, o.currency, (SELECT COALESCE(SUM(i.quantity), 0) "
            + "FROM order_items i WHERE i.order_id = o.id AND i.kind = 'SEAT') AS seats FROM orders o "
            + "WHERE o.status = 'PAID' AND %s) paid GROUP BY g";

    private final Transactions tx;

    public SalesReports(Transactions tx) {
        this.tx = tx;
    }

    public SalesReport event(Principal caller, String eventId, SalesBucket bucket) {
        return tx.withHandle(h -> {
            Ownership.event(h, caller, eventId);
            return report(h, eventId, null, bucket);
        });
    }

    public SalesReport session(Principal caller, String sessionId, SalesBucket bucket) {
        return tx.withHandle(h -> report(h, Ownership.sessionEvent(h, caller, sessionId), sessionId, bucket));
    }

    /** Every partner's totals and the platform's, for the admin. */
    public PlatformReport platform() {
        return tx.withHandle(h -> {
            Map<String, Group> byPartner = totals(h, "o.partner_id", "1 = 1", Map.of());
            List<PartnerSales> partners = h.createQuery("SELECT id, name FROM partners ORDER BY name")
                    .map((rs, ctx) -> new PartnerSales(rs.getString(1), rs.getString(2),
                            totalsOf(byPartner.get(rs.getString(1)))))
                    .list();
            return new PlatformReport(sum(byPartner.values()), partners);
        });
    }

    private static SalesReport report(Handle h, String eventId, String sessionId, SalesBucket bucket) {
        SalesBucket width = bucket == null ? SalesBucket.DAY : bucket;
        String where = sessionId != null ? "o.session_id = :s"
                : "o.session_id IN (SELECT id FROM sessions WHERE event_id = :e)";
        Map<String, Object> binds = sessionId != null ? Map.of("s", sessionId) : Map.of("e", eventId);

        Map<String, Group> bySession = totals(h, "o.session_id", where, binds);
        List<SessionSales> sessions = h.createQuery("SELECT id, starts_at FROM sessions WHERE "
                        + (sessionId != null ? "id = :s" : "event_id = :e") + " ORDER BY starts_at")
                .bindMap(binds)
                .map((rs, ctx) -> new SessionSales(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                        totalsOf(bySession.get(rs.getString(1)))))
                .list();
        // the bucket width comes from an enum, never from the request text
        Map<String, Group> byBucket = totals(h, "o.paid_at / " + width.millis(), where, binds);
        List<SalesPoint> series = new ArrayList<>();
        byBucket.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b))))
                .forEach(e -> series.add(new SalesPoint(Instant.ofEpochMilli(Long.parseLong(e.getKey()) * width.millis()),
                        totalsOf(e.getValue()))));
        String currency = bySession.values().stream().map(Group::currency).findFirst().orElse("BRL");
        return new SalesReport(eventId, sessionId, currency, width, sum(bySession.values()), sessions, series);
    }

    private record Group(long orders, long gross, long fee, long net, long tickets, String currency) {
    }

    private static Map<String, Group> totals(Handle h, String key, String where, Map<String, Object> binds) {
        Map<String, Group> groups = new LinkedHashMap<>();
        h.createQuery(String.format(TOTALS, key, where)).bindMap(binds)
                .map((rs, ctx) -> groups.put(rs.getString(1), new Group(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getString(7))))
                .list();
        return groups;
    }

    private static SalesTotals totalsOf(Group g) {
        return g == null ? SalesTotals.NONE : new SalesTotals(g.tickets(), g.orders(), g.gross(), g.fee(), g.net());
    }

    private static SalesTotals sum(Iterable<Group> groups) {
        long tickets = 0;
        long orders = 0;
        long gross = 0;
        long fee = 0;
        long net = 0;
        for (Group g : groups) {
            tickets += g.tickets();
            orders += g.orders();
            gross += g.gross();
            fee += g.fee();
            net += g.net();
        }
        return new SalesTotals(tickets, orders, gross, fee, net);
    }

    /** {@code bucket} query text to a width: DAY when absent. */
    public static SalesBucket bucket(String value) {
        if (value == null || value.isBlank()) {
            return SalesBucket.DAY;
        }
        try {
            return SalesBucket.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("'bucket' must be HOUR or DAY");
        }
    }
}
