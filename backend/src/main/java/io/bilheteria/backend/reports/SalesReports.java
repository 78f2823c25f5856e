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
import io.bilheteria.backend.reports.SalesReportRepository.Cell;
import io.bilheteria.backend.reports.SalesReportRepository.Group;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sales reports of an event or a session (per session and time bucket) and of the platform
 * (per partner), summed by the database ({@link SalesReportRepository}): a sold-out stadium
 * is about half a second on PostgreSQL here.
 */
public final class SalesReports {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final SalesReportRepository sales;
    private final Ownership ownership;
    private final Clock clock;

    public SalesReports(Transactions tx, Clock clock) {
        this.sales = new SalesReportRepository(tx);
        this.ownership = new Ownership(tx);
        this.clock = clock;
    }

    public SalesReport event(Principal caller, String eventId, SalesBucket bucket, ZoneId zone) {
        ownership.event(caller, eventId);
        return report(eventId, null, bucket, zone);
    }

    public SalesReport session(Principal caller, String sessionId, SalesBucket bucket, ZoneId zone) {
        return report(ownership.sessionEvent(caller, sessionId), sessionId, bucket, zone);
    }

    /** Every partner's totals and the platform's, for the admin. */
    public PlatformReport platform() {
        Map<String, Group> byPartner = byKey(sales.byPartner());
        List<PartnerSales> partners = sales.partners().stream()
                .map(p -> new PartnerSales(p.id(), p.name(), totalsOf(byPartner.get(p.id()))))
                .toList();
        return new PlatformReport(sum(byPartner.values()), partners);
    }

    private SalesReport report(String eventId, String sessionId, SalesBucket bucket, ZoneId zone) {
        SalesBucket width = bucket == null ? SalesBucket.DAY : bucket;
        ZoneId in = zone == null ? UTC : zone;
        // one offset for the whole series, today's: SQL buckets by arithmetic, and a venue's days
        // are rarely cut by a daylight-saving change within a sales period
        long offset = in.getRules().getOffset(clock.instant()).getTotalSeconds() * 1000L;

        // one pass over the orders: per session and time bucket; sessions, series and total are sums of these cells
        List<Cell> cells = sales.bySessionAndBucket(eventId, sessionId, offset, width.millis());
        Map<String, Group> bySession = byKey(cells);
        List<SessionSales> sessions = sales.sessions(eventId, sessionId).stream()
                .map(s -> new SessionSales(s.id(), Instant.ofEpochMilli(s.startsAt()), totalsOf(bySession.get(s.id()))))
                .toList();
        Map<Long, Group> byBucket = new TreeMap<>();
        cells.forEach(c -> byBucket.merge(c.bucket(), c.group(), Group::plus));
        List<SalesPoint> series = byBucket.entrySet().stream()
                .map(e -> new SalesPoint(Instant.ofEpochMilli(e.getKey() * width.millis() - offset),
                        totalsOf(e.getValue())))
                .toList();
        String currency = bySession.values().stream().map(Group::currency).findFirst().orElse("BRL");
        return new SalesReport(eventId, sessionId, currency, width, in.getId(), sum(bySession.values()), sessions,
                series);
    }

    private static Map<String, Group> byKey(List<Cell> cells) {
        Map<String, Group> groups = new LinkedHashMap<>();
        cells.forEach(c -> groups.merge(c.key(), c.group(), Group::plus));
        return groups;
    }

    private static SalesTotals totalsOf(Group g) {
        return g == null ? SalesTotals.NONE : new SalesTotals(g.tickets(), g.orders(), g.gross(), g.fee(), g.net());
    }

    private static SalesTotals sum(Collection<Group> groups) {
        return totalsOf(groups.stream().reduce(Group::plus).orElse(null));
    }

    /** {@code zone} query text to a zone: UTC when absent. */
    public static ZoneId zone(String value) {
        if (value == null || value.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw DomainException.invalid("'zone' must be a time zone such as America/Sao_Paulo or UTC");
        }
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
