package io.bilheteria.boxoffice.gate;

import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.checkin.TicketStatus;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.api.tickets.TicketVerifier;
import io.bilheteria.boxoffice.gate.ScanJournal.ScanRecord;
import io.bilheteria.boxoffice.gate.ScanJournal.SyncedScan;
import io.bilheteria.boxoffice.gate.Verdict.Reason;
import io.bilheteria.boxoffice.gate.Verdict.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides a scan with no network: the signature against the backend's key, then what this
 * gate knows of the ticket — the downloaded list (status, version, first scan at any gate)
 * and its own journal (whom it let in, also before a restart). Every scan is written to the
 * journal before its verdict is returned. Thread-safe: the signature is checked outside the
 * lock, the decision and the journal write inside, so two scanners on one gate cannot both
 * admit one ticket.
 */
public final class GateValidator {
    /** Journaled text is cut here: a real code is under 200 characters, anything longer is INVALID anyway. */
    static final int MAX_JOURNALED_TEXT = 400;
    private final String gateId;
    private final Set<String> sessions;
    private final String shift;
    private final ScanJournal journal;
    private final Clock clock;
    private volatile TicketVerifier verifier;
    /** When sessions start, for telling the holder of another session's ticket when to come. */
    private final Map<String, Instant> sessionStarts = new ConcurrentHashMap<>();
    // guarded by this
    private final Map<String, GateTicket> tickets = new HashMap<>();
    private final Map<String, ScanRecord> admissions = new HashMap<>();
    private int admitted;
    private int refused;
    private int remaining;

    GateValidator(String gateId, Collection<String> sessions, TicketVerifier verifier, ScanJournal journal,
                  Clock clock) {
        this.gateId = gateId;
        this.sessions = Set.copyOf(sessions);
        this.shift = String.join(",", new TreeSet<>(sessions));
        this.verifier = verifier;
        this.journal = journal;
        this.clock = clock;
        for (ScanRecord scan : journal.scans()) {
            count(scan);
        }
    }

    /** Decides, records durably, and answers; never touches the network. */
    public Verdict scan(String text) {
        String scanned = text == null ? "" : text;
        if (scanned.isBlank()) {
            return new Verdict(Result.INVALID, Reason.NOT_A_TICKET, null, clock.instant(), null, null, null, null, null,
                    null, null, null, false, null);
        }
        Optional<TicketCode.Parsed> parsed = TicketCode.parse(scanned);
        boolean signed = parsed.isPresent() && verifier.verify(parsed.get());
        synchronized (this) {
            Verdict verdict = decide(parsed.orElse(null), signed);
            String journaled = scanned.length() > MAX_JOURNALED_TEXT ? scanned.substring(0, MAX_JOURNALED_TEXT)
                    : scanned;
            ScanRecord record = new ScanRecord(verdict.scanId(), gateId, shift, verdict.scannedAt(), journaled,
                    verdict.result(), verdict.ticketId(), verdict.sessionId());
            journal.append(record);
            count(record);
            return verdict;
        }
    }

    private Verdict decide(TicketCode.Parsed parsed, boolean signed) {
        String scanId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        if (parsed == null) {
            return new Verdict(Result.INVALID, Reason.NOT_A_TICKET, scanId, now, null, null, null, null, null, null,
                    null, null, false, null);
        }
        TicketCode code = parsed.code();
        if (!signed) {
            return new Verdict(Result.INVALID, Reason.FORGED_OR_ALTERED, scanId, now, null, null, null, null, null, null,
                    null, null, false, null);
        }
        GateTicket known = tickets.get(code.ticketId());
        if (!sessions.contains(code.sessionId())) {
            return verdict(Result.WRONG_SESSION, Reason.OTHER_SESSION, scanId, now, code, known, null, null)
                    .withSessionStartsAt(sessionStarts.get(code.sessionId()));
        }
        if (known != null && known.status() == TicketStatus.REVOKED) {
            return verdict(Result.REVOKED, Reason.REFUNDED, scanId, now, code, known, null, null);
        }
        if (known != null && code.version() < known.version()) {
            return verdict(Result.REVOKED, Reason.OLD_PRINTOUT, scanId, now, code, known, null, null);
        }
        ScanRecord here = admissions.get(code.ticketId());
        boolean usedElsewhere = known != null && known.firstScanAt() != null;
        if (usedElsewhere && (here == null || known.firstScanAt().isBefore(here.scannedAt()))) {
            // the first scan at any gate, as the backend last said: earlier than this gate's own
            return verdict(Result.ALREADY_USED, Reason.USED, scanId, now, code, known, known.firstScanAt(),
                    known.firstGateId());
        }
        if (here != null) {
            return verdict(Result.ALREADY_USED, Reason.USED, scanId, now, code, known, here.scannedAt(), here.gateId());
        }
        return verdict(Result.ACCEPTED, Reason.ADMITTED, scanId, now, code, known, null, null);
    }

    private static Verdict verdict(Result result, Reason reason, String scanId, Instant at, TicketCode code,
                                   GateTicket known, Instant firstScanAt, String firstGateId) {
        return new Verdict(result, reason, scanId, at, code.ticketId(), code.sessionId(), code.seatId(),
                known == null ? null : known.sectionName(), known == null ? null : known.row(),
                known == null ? null : known.seatNumber(), firstScanAt, firstGateId,
                known != null && known.ticketType() == TicketType.HALF, null);
    }

    /** Keeps the counters and the "used here" knowledge in step with one journaled scan. */
    private void count(ScanRecord scan) {
        if (scan.result() == Result.ACCEPTED && scan.ticketId() != null
                && admissions.putIfAbsent(scan.ticketId(), scan) == null) {
            GateTicket known = tickets.get(scan.ticketId());
            if (known != null && unused(known)) {
                remaining--;
            }
        }
        if (shift.equals(scan.shift())) {
            if (scan.result() == Result.ACCEPTED) {
                admitted++;
            } else {
                refused++;
            }
        }
    }

    /** Merges downloaded tickets of the chosen sessions, newer over older. */
    synchronized void applyTickets(Collection<GateTicket> downloaded) {
        for (GateTicket ticket : downloaded) {
            GateTicket before = tickets.put(ticket.ticketId(), ticket);
            if (before != null && isRemaining(before)) {
                remaining--;
            }
            if (isRemaining(ticket)) {
                remaining++;
            }
        }
    }

    /** Only the chosen sessions are downloaded, so every known ticket is one this gate admits. */
    private boolean isRemaining(GateTicket ticket) {
        return unused(ticket) && !admissions.containsKey(ticket.ticketId());
    }

    private static boolean unused(GateTicket ticket) {
        return ticket.status() == TicketStatus.VALID && ticket.firstScanAt() == null;
    }

    /** Learns when sessions start (this gate's and others'), to say when a refused ticket is for. */
    void knowSessionStarts(Map<String, Instant> starts) {
        sessionStarts.putAll(starts);
    }

    void useKey(TicketVerifier newVerifier) {
        this.verifier = newVerifier;
    }

    synchronized GateCounters counters() {
        return new GateCounters(admitted, refused, remaining);
    }

    /**
     * The tickets this gate admitted that it should not have, as far as it knows now: from the
     * backend's answers to its scans, and from downloads that show another gate's scan first.
     */
    synchronized List<Conflict> conflicts() {
        Map<String, SyncedScan> answers = journal.synced();
        List<Conflict> found = new ArrayList<>();
        for (ScanRecord admission : admissions.values()) {
            GateTicket known = tickets.get(admission.ticketId());
            SyncedScan answer = answers.get(admission.scanId());
            if (answer != null && answer.result() == CheckinResultType.REVOKED) {
                found.add(conflict(Conflict.Kind.REVOKED, admission, known, null, null));
            } else if (known != null && known.firstGateId() != null && !known.firstGateId().equals(admission.gateId())) {
                found.add(conflict(Conflict.Kind.ADMITTED_ELSEWHERE_FIRST, admission, known, known.firstScanAt(),
                        known.firstGateId()));
            } else if (answer != null && answer.conflict()) {
                found.add(conflict(Conflict.Kind.ADMITTED_ELSEWHERE_FIRST, admission, known, answer.firstScanAt(),
                        answer.firstGateId()));
            }
        }
        found.sort(Comparator.comparing(Conflict::admittedAt));
        return found;
    }

    private static Conflict conflict(Conflict.Kind kind, ScanRecord admission, GateTicket known, Instant firstScanAt,
                                     String firstGateId) {
        return new Conflict(kind, admission.scanId(), admission.ticketId(), admission.scannedAt(),
                known == null ? null : known.sectionName(), known == null ? null : known.row(),
                known == null ? null : known.seatNumber(), firstScanAt, firstGateId);
    }
}
