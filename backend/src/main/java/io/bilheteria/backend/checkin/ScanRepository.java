package io.bilheteria.backend.checkin;

import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.ScanOutcome;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.storage.Transactions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scans at the gates: the first scan of each ticket ({@code tickets}) and every scan made ({@code checkins}). */
final class ScanRepository {
    private final Transactions tx;

    ScanRepository(Transactions tx) {
        this.tx = tx;
    }

    /** A scanned ticket as stored, with its session's start. */
    record StoredTicket(String id, String status, int version, String sessionId, long spotId, TicketType ticketType,
                        long startsAt) {
    }

    /** A ticket's first scan as stored. */
    record FirstScan(String status, Long at, String gateId, boolean online) {
    }

    /** One scan as recorded in {@code checkins}; {@code scanId} null for an online scan. */
    record Scan(String ticketId, String gateId, String accountId, CheckinResultType result, long scannedAt,
                String scanId, Long firstScanAt, String firstGateId, boolean conflict, long receivedAt) {
    }

    Optional<StoredTicket> ticket(String ticketId) {
        return tx.withHandle(h -> h.createQuery("SELECT t.status, t.version, t.session_id, t.spot_id, "
                        + "t.ticket_type, s.starts_at FROM tickets t JOIN sessions s ON s.id = t.session_id "
                        + "WHERE t.id = :id")
                .bind("id", ticketId)
                .map((rs, ctx) -> new StoredTicket(ticketId, rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getLong(4), TicketType.valueOf(rs.getString(5)), rs.getLong(6)))
                .findOne());
    }

    /**
     * Makes this scan the ticket's first if the ticket is still valid at {@code version} and has
     * no first scan yet or, for a scan made offline, its first scan was made offline later than
     * this one. Answers whether it did.
     */
    boolean claimFirstScan(String ticketId, int version, long scannedAt, String gateId, boolean offline, long now) {
        return tx.withHandle(h -> h.createUpdate("UPDATE tickets SET first_scan_at = :at, first_gate_id = :g, "
                        + "first_scan_online = :online, updated_at = :now "
                        + "WHERE id = :id AND status = 'VALID' AND version = :v AND (first_scan_at IS NULL"
                        + (offline ? " OR (first_scan_online = FALSE AND first_scan_at > :at))" : ")"))
                .bind("at", scannedAt).bind("g", gateId).bind("online", !offline).bind("now", now)
                .bind("id", ticketId).bind("v", version).execute()) == 1;
    }

    FirstScan firstScan(String ticketId) {
        return tx.withHandle(h -> h.createQuery("SELECT status, first_scan_at, first_gate_id, first_scan_online "
                        + "FROM tickets WHERE id = :id")
                .bind("id", ticketId)
                .map((rs, ctx) -> new FirstScan(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getBoolean(4)))
                .one());
    }

    /** The answers recorded for these scans of the gate, by scan id. */
    Map<String, ScanOutcome> earlierAnswers(String gateId, List<String> scanIds) {
        Map<String, ScanOutcome> answers = new HashMap<>();
        if (scanIds.isEmpty()) {
            return answers;
        }
        tx.withHandle(h -> h.createQuery("SELECT c.scan_id, c.result, c.ticket_id, c.first_scan_at, c.first_gate_id, "
                        + "c.conflict, t.session_id, s.starts_at FROM checkins c LEFT JOIN tickets t ON t.id = c.ticket_id "
                        + "LEFT JOIN sessions s ON s.id = t.session_id "
                        + "WHERE c.gate_id = :g AND c.scan_id IN (<scans>)")
                .bind("g", gateId).bindList("scans", scanIds)
                .map((rs, ctx) -> new ScanOutcome(rs.getString(1), CheckinResultType.valueOf(rs.getString(2)),
                        rs.getString(3), instant(rs.getObject(4, Long.class)), rs.getString(5), rs.getBoolean(6),
                        rs.getString(7), instant(rs.getObject(8, Long.class))))
                .list())
                .forEach(answer -> answers.put(answer.scanId(), answer));
        return answers;
    }

    void record(Scan scan) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO checkins (ticket_id, gate_id, account_id, result, scanned_at, "
                        + "scan_id, first_scan_at, first_gate_id, conflict, received_at) "
                        + "VALUES (:t, :g, :a, :r, :at, :scan, :first, :firstGate, :conflict, :now)")
                .bind("t", scan.ticketId()).bind("g", scan.gateId()).bind("a", scan.accountId())
                .bind("r", scan.result().name()).bind("at", scan.scannedAt()).bind("scan", scan.scanId())
                .bind("first", scan.firstScanAt()).bind("firstGate", scan.firstGateId())
                .bind("conflict", scan.conflict()).bind("now", scan.receivedAt()).execute());
    }

    private static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }
}
