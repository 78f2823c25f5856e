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
import io.bilheteria.backend.checkin.ScanRepository.FirstScan;
import io.bilheteria.backend.checkin.ScanRepository.StoredTicket;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketSigner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final ScanRepository scanRecords;
    private final Clock clock;
    private final TicketSigner signer;
    private final SalesMetrics metrics;
    private final SessionTicketFeed feed;

    public CheckinService(Transactions tx, Clock clock, TicketSigner signer, SalesMetrics metrics) {
        this.tx = tx;
        this.scanRecords = new ScanRepository(tx);
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
        Admission admission = tx.inTransaction(() -> {
            Admission a = code.map(c -> admit(c, admitted, gateId, now, now, false)).orElse(Admission.INVALID);
            record(gate, gateId, null, now, now, a);
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
        } catch (RuntimeException e) {
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
        tx.inTransaction(() -> {
            recorded.clear();
            // the answers given before to these scans (a batch sent again), read at once; a scan
            // repeated within the batch gets the answer its first copy got
            Map<String, ScanOutcome> answered = scanRecords.earlierAnswers(gateId,
                    scans.stream().map(OfflineScan::scanId).distinct().toList());
            for (int i : order) {
                OfflineScan scan = scans.get(i);
                ScanOutcome replay = answered.get(scan.scanId());
                if (replay != null) {
                    outcomes[i] = replay;
                    continue;
                }
                long scannedAt = Math.min(scan.scannedAt().toEpochMilli(), now);
                Admission a = codes.get(i).map(c -> admit(c, admitted, gateId, scannedAt, now, true))
                        .orElse(Admission.INVALID);
                record(gate, gateId, scan.scanId(), scannedAt, now, a);
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
    private Admission admit(TicketCode code, Set<String> admitted, String gateId, long scannedAt, long now,
                            boolean offline) {
        Optional<StoredTicket> found = scanRecords.ticket(code.ticketId());
        if (found.isEmpty() || !found.get().sessionId().equals(code.sessionId())
                || !Long.toString(found.get().spotId()).equals(code.seatId())) {
            return Admission.INVALID;
        }
        StoredTicket ticket = found.get();
        if (admitted != null && !admitted.contains(ticket.sessionId())) {
            // recorded, but the ticket is left as it is: it is still good for its own session
            return admission(ticket, CheckinResultType.WRONG_SESSION, null, null, false);
        }
        if (!"VALID".equals(ticket.status()) || ticket.version() != code.version()) {
            return admission(ticket, CheckinResultType.REVOKED, null, null, false);
        }
        if (scanRecords.claimFirstScan(code.ticketId(), code.version(), scannedAt, gateId, offline, now)) {
            // this scan is now the first: nothing to read back
            return admission(ticket, CheckinResultType.ACCEPTED, scannedAt, gateId, false);
        }
        FirstScan first = scanRecords.firstScan(code.ticketId());
        if (!"VALID".equals(first.status()) || first.at() == null) {
            // cancelled between our read and our update
            return admission(ticket, CheckinResultType.REVOKED, null, null, false);
        }
        // an offline scan claiming a time before an online first scan: the online record stands, and
        // whoever this gate let in entered on a ticket already used
        boolean backdated = offline && first.online() && scannedAt < first.at();
        return admission(ticket, CheckinResultType.ALREADY_USED, first.at(), first.gateId(),
                backdated || !gateId.equals(first.gateId()));
    }

    private void record(Principal gate, String gateId, String scanId, long scannedAt, long now, Admission a) {
        scanRecords.record(new ScanRepository.Scan(a.ticketId(), gateId, gate.accountId(), a.type(), scannedAt, scanId,
                a.firstScanAt(), a.firstGateId(), a.conflict(), now));
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

    /** What a scan of a stored ticket decided. */
    private static Admission admission(StoredTicket ticket, CheckinResultType type, Long firstScanAt,
                                       String firstGateId, boolean conflict) {
        return new Admission(type, ticket.id(), firstScanAt, firstGateId, conflict, ticket.ticketType(),
                ticket.sessionId(), ticket.startsAt());
    }
}
