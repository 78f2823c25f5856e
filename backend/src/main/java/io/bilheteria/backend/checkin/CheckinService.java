package io.bilheteria.backend.checkin;

import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinBatchResult;
import io.bilheteria.api.checkin.CheckinRequest;
import io.bilheteria.api.checkin.CheckinResult;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.OfflineScan;
import io.bilheteria.api.checkin.PublicKeyInfo;
import io.bilheteria.api.checkin.ScanOutcome;
import io.bilheteria.api.checkin.SessionTickets;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketSigner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Admits tickets at the gate, one scan online or a batch of scans a gate made offline. The
 * signature is checked first (a forged code never touches the database); then the session:
 * a gate names the sessions it admits, and a ticket for another one is WRONG_SESSION and
 * stays unused for its own. Then the first scan wins, by a conditional update: two gates or
 * two backend processes can never both hold the first scan of a ticket. An online first scan
 * is stamped by the backend's clock and stands for good; among offline scans, which arrive
 * late stamped by their gates' clocks, the earlier one takes the first place over (the gate
 * that had it learns from its next download), but an offline scan claiming a time before an
 * online first scan is a conflict, never a rewrite: a gate's clock (or a forged upload) must
 * not move a ticket's entry back. Every scan is recorded in {@code checkins}.
 */
public final class CheckinService {
    private static final int MAX_GATE_ID = 100;
    private static final int MAX_SCAN_ID = 64;
    private static final int MAX_SESSION_ID = 32;
    private final Transactions tx;
    private final Clock clock;
    private final TicketSigner signer;
    private final SalesMetrics metrics;
    private final SessionTicketFeed feed;

    public CheckinService(Transactions tx, Clock clock, TicketSigner signer, SalesMetrics metrics) {
        this.tx = tx;
        this.clock = clock;
        this.signer = signer;
        this.metrics = metrics;
        this.feed = new SessionTicketFeed(tx, clock);
    }

    public PublicKeyInfo publicKey() {
        return new PublicKeyInfo("Ed25519", signer.publicKeyBase64());
    }

    /** The gate's download of a session's tickets, all or changed since a cursor. */
    public SessionTickets sessionTickets(Principal caller, String sessionId, String since) {
        return feed.tickets(caller, sessionId, since);
    }

    public CheckinResult checkin(Principal gate, CheckinRequest request) {
        if (request == null || request.qr() == null || request.qr().isBlank()) {
            throw DomainException.invalid("'qr' is required");
        }
        Set<String> admitted = admittedSessions(request.sessionIds());
        String gateId = gateId(gate, request.gateId());
        Optional<TicketCode> code = verified(request.qr());
        long now = clock.millis();
        Admission admission = tx.inTransaction(h -> {
            Admission a = code.map(c -> admit(h, c, admitted, gateId, now, now, false)).orElse(Admission.INVALID);
            record(h, gate, gateId, null, now, now, a);
            return a;
        });
        metrics.checkin(admission.type().name());
        return new CheckinResult(admission.type(), admission.ticketId(), instant(admission.firstScanAt()),
                admission.firstGateId(), admission.ticketType(), admission.ticketSessionId(),
                instant(admission.ticketStartsAt()));
    }

    /**
     * Scans a gate made while it could not reach the backend, answered one by one in the order
     * sent. Replaying a batch (same gate, same scan ids) answers what the first delivery answered
     * and records nothing again. Scan times in the future are taken as now: the backend cannot
     * have been shown a scan that has not happened yet, and a gate with a fast clock must not
     * lose every race it should win nor win by a slow one.
     */
    public CheckinBatchResult checkinBatch(Principal gate, CheckinBatch batch) {
        List<OfflineScan> scans = validScans(batch);
        // a gate of an older version sends no sessions: its scans already let people in and are
        // recorded as made rather than refused and lost (it checked its sessions offline itself)
        Set<String> admitted = batch.sessionIds() == null ? null : admittedSessions(batch.sessionIds());
        String gateId = gateId(gate, batch.gateId());
        long now = clock.millis();
        // signatures are checked before the transaction: it is CPU work that needs no lock
        List<Optional<TicketCode>> codes = scans.stream().map(s -> verified(s.qr())).toList();
        Integer[] byScanTime = new Integer[scans.size()];
        Arrays.setAll(byScanTime, i -> i);
        // the earlier of two scans of one ticket in one batch is the gate's first: decide in scan-time order
        Arrays.sort(byScanTime, Comparator.comparingLong(i -> Math.min(scans.get(i).scannedAt().toEpochMilli(), now)));
        ScanOutcome[] outcomes = new ScanOutcome[scans.size()];
        List<CheckinResultType> recorded = new ArrayList<>();
        try {
            inBatchTransaction(gate, gateId, admitted, scans, codes, byScanTime, now, outcomes, recorded);
        } catch (UnableToExecuteStatementException e) {
            if (!Transactions.isUniqueViolation(e)) {
                throw e;
            }
            // the same batch delivered twice at once: the other delivery recorded some of these
            // scans first (unique gate_id, scan_id). Run again: they now read as replays.
            inBatchTransaction(gate, gateId, admitted, scans, codes, byScanTime, now, outcomes, recorded);
        }
        recorded.forEach(type -> metrics.checkin(type.name()));
        return new CheckinBatchResult(Instant.ofEpochMilli(now), Arrays.asList(outcomes));
    }

    private void inBatchTransaction(Principal gate, String gateId, Set<String> admitted, List<OfflineScan> scans,
                                    List<Optional<TicketCode>> codes, Integer[] order, long now,
                                    ScanOutcome[] outcomes, List<CheckinResultType> recorded) {
        tx.useTransaction(h -> {
            recorded.clear();
            // the answers given before to these scans (a batch sent again), read at once; a scan
            // repeated within the batch gets the answer its first copy got
            Map<String, ScanOutcome> answered = earlierAnswers(h, gateId,
                    scans.stream().map(OfflineScan::scanId).distinct().toList());
            for (int i : order) {
                OfflineScan scan = scans.get(i);
                ScanOutcome replay = answered.get(scan.scanId());
                if (replay != null) {
                    outcomes[i] = replay;
                    continue;
                }
                long scannedAt = Math.min(scan.scannedAt().toEpochMilli(), now);
                Admission a = codes.get(i).map(c -> admit(h, c, admitted, gateId, scannedAt, now, true))
                        .orElse(Admission.INVALID);
                record(h, gate, gateId, scan.scanId(), scannedAt, now, a);
                recorded.add(a.type());
                outcomes[i] = a.outcome(scan.scanId());
                answered.put(scan.scanId(), outcomes[i]);
            }
        });
    }

    /**
     * Decides one signed scan made at {@code scannedAt} at a gate admitting {@code admitted}.
     * The conditional update is the whole rule: this scan becomes the first if there is none
     * yet or, for a scan made offline ({@code offline}), if it happened earlier than a first
     * scan that was itself made offline: that gate has already let the holder in. An online
     * scan asks before anyone goes in, so it never takes over, and is never taken over.
     */
    private static Admission admit(Handle h, TicketCode code, Set<String> admitted, String gateId, long scannedAt,
                                   long now, boolean offline) {
        Optional<StoredTicket> found = h.createQuery("SELECT t.status, t.version, t.session_id, t.spot_id, "
                        + "t.ticket_type, s.starts_at FROM tickets t JOIN sessions s ON s.id = t.session_id "
                        + "WHERE t.id = :id")
                .bind("id", code.ticketId())
                .map((rs, ctx) -> new StoredTicket(code.ticketId(), rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getLong(4), TicketType.valueOf(rs.getString(5)), rs.getLong(6)))
                .findOne();
        if (found.isEmpty() || !found.get().sessionId().equals(code.sessionId())
                || !Long.toString(found.get().spotId()).equals(code.seatId())) {
            return Admission.INVALID;
        }
        StoredTicket ticket = found.get();
        if (admitted != null && !admitted.contains(ticket.sessionId())) {
            // recorded, but the ticket is left as it is: it is still good for its own session
            return ticket.admission(CheckinResultType.WRONG_SESSION, null, null, false);
        }
        if (!"VALID".equals(ticket.status()) || ticket.version() != code.version()) {
            return ticket.admission(CheckinResultType.REVOKED, null, null, false);
        }
        int won = h.createUpdate("UPDATE tickets SET first_scan_at = :at, first_gate_id = :g, "
                        + "first_scan_online = :online, updated_at = :now "
                        + "WHERE id = :id AND status = 'VALID' AND version = :v AND (first_scan_at IS NULL"
                        + (offline ? " OR (first_scan_online = FALSE AND first_scan_at > :at))" : ")"))
                .bind("at", scannedAt).bind("g", gateId).bind("online", !offline).bind("now", now)
                .bind("id", code.ticketId()).bind("v", code.version()).execute();
        if (won == 1) {
            // this scan is now the first: nothing to read back
            return ticket.admission(CheckinResultType.ACCEPTED, scannedAt, gateId, false);
        }
        var first = h.createQuery("SELECT status, first_scan_at, first_gate_id, first_scan_online FROM tickets "
                        + "WHERE id = :id")
                .bind("id", code.ticketId())
                .map((rs, ctx) -> new FirstScan(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getBoolean(4)))
                .one();
        if (!"VALID".equals(first.status()) || first.at() == null) {
            // cancelled between our read and our update
            return ticket.admission(CheckinResultType.REVOKED, null, null, false);
        }
        // an offline scan claiming a time before an online first scan: the online record stands, and
        // whoever this gate let in entered on a ticket already used
        boolean backdated = offline && first.online() && scannedAt < first.at();
        return ticket.admission(CheckinResultType.ALREADY_USED, first.at(), first.gateId(),
                backdated || !gateId.equals(first.gateId()));
    }

    private static Map<String, ScanOutcome> earlierAnswers(Handle h, String gateId, List<String> scanIds) {
        Map<String, ScanOutcome> answers = new HashMap<>();
        if (scanIds.isEmpty()) {
            return answers;
        }
        h.createQuery("SELECT c.scan_id, c.result, c.ticket_id, c.first_scan_at, c.first_gate_id, c.conflict, "
                        + "t.session_id, s.starts_at FROM checkins c LEFT JOIN tickets t ON t.id = c.ticket_id "
                        + "LEFT JOIN sessions s ON s.id = t.session_id "
                        + "WHERE c.gate_id = :g AND c.scan_id IN (<scans>)")
                .bind("g", gateId).bindList("scans", scanIds)
                .map((rs, ctx) -> new ScanOutcome(rs.getString(1), CheckinResultType.valueOf(rs.getString(2)),
                        rs.getString(3), instant(rs.getObject(4, Long.class)), rs.getString(5), rs.getBoolean(6),
                        rs.getString(7), instant(rs.getObject(8, Long.class))))
                .forEach(answer -> answers.put(answer.scanId(), answer));
        return answers;
    }

    private static void record(Handle h, Principal gate, String gateId, String scanId, long scannedAt, long now,
                               Admission a) {
        h.createUpdate("INSERT INTO checkins (ticket_id, gate_id, account_id, result, scanned_at, scan_id, "
                        + "first_scan_at, first_gate_id, conflict, received_at) "
                        + "VALUES (:t, :g, :a, :r, :at, :scan, :first, :firstGate, :conflict, :now)")
                .bind("t", a.ticketId()).bind("g", gateId).bind("a", gate.accountId()).bind("r", a.type().name())
                .bind("at", scannedAt).bind("scan", scanId).bind("first", a.firstScanAt())
                .bind("firstGate", a.firstGateId()).bind("conflict", a.conflict()).bind("now", now).execute();
    }

    private Optional<TicketCode> verified(String qr) {
        return TicketCode.parse(qr).filter(signer::verify).map(TicketCode.Parsed::code);
    }

    private static List<OfflineScan> validScans(CheckinBatch batch) {
        if (batch == null || batch.scans() == null) {
            throw DomainException.invalid("'scans' is required");
        }
        List<OfflineScan> scans = batch.scans();
        if (scans.size() > CheckinBatch.MAX_SCANS) {
            throw DomainException.invalid("A batch holds at most " + CheckinBatch.MAX_SCANS + " scans; this one has "
                    + scans.size() + ": send them in several batches");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scans.size(); i++) {
            OfflineScan scan = scans.get(i);
            String at = "scans[" + i + "]";
            if (scan == null) {
                throw DomainException.invalid("'" + at + "' is empty");
            }
            if (scan.scanId() == null || scan.scanId().isBlank() || scan.scanId().length() > MAX_SCAN_ID) {
                throw DomainException.invalid("'" + at + ".scanId' is required, at most " + MAX_SCAN_ID + " characters");
            }
            if (!seen.add(scan.scanId())) {
                throw DomainException.invalid("'" + at + ".scanId' repeats an earlier scan of this batch");
            }
            if (scan.qr() == null || scan.qr().isBlank()) {
                throw DomainException.invalid("'" + at + ".qr' is required");
            }
            if (scan.scannedAt() == null) {
                throw DomainException.invalid("'" + at + ".scannedAt' is required");
            }
        }
        return scans;
    }

    /** The sessions a gate admits: required, so a ticket is never spent on another session's night. */
    private static Set<String> admittedSessions(List<String> sessionIds) {
        if (sessionIds == null || sessionIds.isEmpty()) {
            throw DomainException.invalid("'sessionIds' is required: the session(s) this gate admits");
        }
        if (sessionIds.size() > CheckinBatch.MAX_SESSIONS) {
            throw DomainException.invalid("A gate admits at most " + CheckinBatch.MAX_SESSIONS + " sessions at once");
        }
        for (String id : sessionIds) {
            if (id == null || id.isBlank() || id.length() > MAX_SESSION_ID) {
                throw DomainException.invalid("'sessionIds' holds an empty or overlong session id");
            }
        }
        return Set.copyOf(sessionIds);
    }

    private static String gateId(Principal gate, String requested) {
        String gateId = requested == null || requested.isBlank() ? gate.username() : requested.trim();
        if (gateId.length() > MAX_GATE_ID) {
            throw DomainException.invalid("'gateId' is longer than " + MAX_GATE_ID + " characters");
        }
        return gateId;
    }

    private static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }

    /** What one scan decided, as stored in {@code checkins} and answered. */
    private record Admission(CheckinResultType type, String ticketId, Long firstScanAt, String firstGateId,
                             boolean conflict, TicketType ticketType, String ticketSessionId, Long ticketStartsAt) {
        static final Admission INVALID = new Admission(CheckinResultType.INVALID, null, null, null, false, null,
                null, null);

        ScanOutcome outcome(String scanId) {
            return new ScanOutcome(scanId, type, ticketId, instant(firstScanAt), firstGateId, conflict,
                    ticketSessionId, instant(ticketStartsAt));
        }
    }

    /** A scanned ticket as stored, with its session's start. */
    private record StoredTicket(String id, String status, int version, String sessionId, long spotId,
                                TicketType ticketType, long startsAt) {
        Admission admission(CheckinResultType type, Long firstScanAt, String firstGateId, boolean conflict) {
            return new Admission(type, id, firstScanAt, firstGateId, conflict, ticketType, sessionId, startsAt);
        }
    }

    /** A ticket's first scan as stored after this scan lost the race for it. */
    private record FirstScan(String status, Long at, String gateId, boolean online) {
    }
}
