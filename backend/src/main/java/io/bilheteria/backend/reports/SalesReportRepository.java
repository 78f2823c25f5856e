package io.bilheteria.backend.reports;

import io.bilheteria.backend.storage.Transactions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales of paid orders, summed in SQL: a sold-out stadium (60,000 orders) is two grouped
 * scans of the orders of its sessions, by session and time bucket, not 60,000 rows sent to
 * Java. Money comes from the orders (gross, fee and net were fixed when each was paid, less
 * what a partial refund gave back); tickets are the ones still valid.
 */
final class SalesReportRepository {
    /**
     * The platform's fee on what a partial refund left of an order: the fee shrinks with the
     * order, so fee and partner net still add up to what was kept.
     */
    private static final String FEE_KEPT = "CASE WHEN o.total_cents = 0 THEN 0 "
            + "ELSE o.platform_fee_cents * (o.total_cents - o.refunded_cents) / o.total_cents END";
    /**
     * Orders and money per cell, from the orders alone; the cell's keys are computed in a
     * subquery so that both databases group by plain columns.
     */
    private static final String MONEY = "SELECT k, b, COUNT(*), SUM(kept_cents), SUM(fee_cents), "
            + "SUM(kept_cents - fee_cents), MAX(currency) FROM (SELECT %s AS k, %s AS b, "
            + "o.total_cents - o.refunded_cents AS kept_cents, " + FEE_KEPT + " AS fee_cents, o.currency "
            + "FROM orders o WHERE o.status IN ('PAID', 'PARTIALLY_REFUNDED') AND %s) paid GROUP BY k, b";
    /** Tickets per cell: the tickets of the same orders still valid (a partial refund revokes some). */
    private static final String TICKETS = "SELECT k, b, COUNT(*) FROM (SELECT %s AS k, %s AS b "
            + "FROM orders o JOIN tickets t ON t.order_id = o.id WHERE o.status IN ('PAID', 'PARTIALLY_REFUNDED') "
            + "AND t.status = 'VALID' AND %s) seats GROUP BY k, b";

    private final Transactions tx;

    SalesReportRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Orders, money and valid tickets, summed. */
    record Group(long orders, long gross, long fee, long net, long tickets, String currency) {
        Group plus(Group other) {
            return new Group(orders + other.orders, gross + other.gross, fee + other.fee, net + other.net,
                    tickets + other.tickets, currency != null ? currency : other.currency);
        }
    }

    /** The sales of one key (a session or a partner) in one time bucket. */
    record Cell(String key, long bucket, Group group) {
    }

    /** A session and when it starts. */
    record SessionStart(String id, long startsAt) {
    }

    /** A partner and its name. */
    record PartnerName(String id, String name) {
    }

    /**
     * The sales of one session, or of every session of an event when {@code sessionId} is null,
     * per session and per bucket of {@code width} millis, with buckets cut {@code offset} millis
     * from UTC.
     */
    List<Cell> bySessionAndBucket(String eventId, String sessionId, long offset, long width) {
        // (the width comes from an enum and the offset from a zone, never from the request text)
        return cells("o.session_id", "(o.paid_at + " + offset + ") / " + width, sessionsWhere(sessionId),
                binds(eventId, sessionId));
    }

    /** Every partner's sales, in one bucket. */
    List<Cell> byPartner() {
        return cells("o.partner_id", "0", "1 = 1", Map.of());
    }

    /** One session, or every session of an event when {@code sessionId} is null, in order of start. */
    List<SessionStart> sessions(String eventId, String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, starts_at FROM sessions WHERE "
                        + (sessionId != null ? "id = :s" : "event_id = :e") + " ORDER BY starts_at")
                .bindMap(binds(eventId, sessionId))
                .map((rs, ctx) -> new SessionStart(rs.getString(1), rs.getLong(2)))
                .list());
    }

    List<PartnerName> partners() {
        return tx.withHandle(h -> h.createQuery("SELECT id, name FROM partners ORDER BY name")
                .map((rs, ctx) -> new PartnerName(rs.getString(1), rs.getString(2)))
                .list());
    }

    private static String sessionsWhere(String sessionId) {
        return sessionId != null ? "o.session_id = :s" : "o.session_id IN (SELECT id FROM sessions WHERE event_id = :e)";
    }

    private static Map<String, Object> binds(String eventId, String sessionId) {
        return sessionId != null ? Map.of("s", sessionId) : Map.of("e", eventId);
    }

    private List<Cell> cells(String key, String bucket, String where, Map<String, Object> binds) {
        return tx.withHandle(h -> {
            Map<String, Long> tickets = new HashMap<>();
            h.createQuery(String.format(TICKETS, key, bucket, where)).bindMap(binds)
                    .map((rs, ctx) -> tickets.put(rs.getString(1) + "/" + rs.getLong(2), rs.getLong(3)))
                    .list();
            return h.createQuery(String.format(MONEY, key, bucket, where)).bindMap(binds)
                    .map((rs, ctx) -> new Cell(rs.getString(1), rs.getLong(2), new Group(rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), tickets.getOrDefault(rs.getString(1) + "/" + rs.getLong(2), 0L),
                            rs.getString(7))))
                    .list();
        });
    }
}
