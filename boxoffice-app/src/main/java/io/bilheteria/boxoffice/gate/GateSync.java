package io.bilheteria.boxoffice.gate;

import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.OfflineScan;
import io.bilheteria.api.checkin.ScanOutcome;
import io.bilheteria.api.checkin.SessionTickets;
import io.bilheteria.boxoffice.gate.ScanJournal.ScanRecord;
import io.bilheteria.boxoffice.gate.ScanJournal.SyncedScan;
import io.bilheteria.boxoffice.offline.BackgroundSync;
import io.bilheteria.boxoffice.offline.SigningKey;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.InvalidRequestException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate's round with the backend, which a {@link BackgroundSync} runs in the background so a
 * scan never waits for the network: sends the journal's unsent scans, checks the ticket key
 * once, and polls each chosen session's tickets by cursor. Scans go first, so the download that
 * follows already shows this gate's own first scans.
 */
final class GateSync implements BackgroundSync.Round {
    private static final Logger log = LoggerFactory.getLogger(GateSync.class);
    private final BilheteriaClient client;
    private final List<String> sessions;
    private final ScanJournal journal;
    private final GateCache cache;
    private final SigningKey key;
    private final GateValidator validator;
    private final Clock clock;

    GateSync(BilheteriaClient client, List<String> sessions, ScanJournal journal, GateCache cache, SigningKey key,
             GateValidator validator, Clock clock) {
        this.client = client;
        this.sessions = List.copyOf(sessions);
        this.journal = journal;
        this.cache = cache;
        this.key = key;
        this.validator = validator;
        this.clock = clock;
    }

    /** Returns how far the backend's clock is ahead of this gate's, as the last session polled tells. */
    @Override
    public Duration run(Duration offsetBefore) throws IOException {
        push();
        if (key.checkOnce(client)) {
            validator.useKey(key.verifier());
        }
        return download(offsetBefore);
    }

    /**
     * Sends the unsent scans grouped by the gate id and the sessions they were made under: the
     * backend judges each against the sessions the gate admitted then, which after a change of
     * sessions are not today's.
     */
    private void push() {
        Map<Shift, List<OfflineScan>> byShift = new LinkedHashMap<>();
        for (ScanRecord scan : journal.unsynced()) {
            List<String> admitted = scan.shift() == null || scan.shift().isBlank() ? sessions
                    : List.of(scan.shift().split(","));
            byShift.computeIfAbsent(new Shift(scan.gateId(), admitted), g -> new ArrayList<>())
                    .add(new OfflineScan(scan.scanId(), scan.text(), scan.scannedAt()));
        }
        byShift.forEach((shift, scans) -> {
            for (List<OfflineScan> batch : BackgroundSync.batches(scans)) {
                send(shift, batch);
            }
        });
    }

    /** A gate id and the sessions it admitted. */
    private record Shift(String gateId, List<String> sessionIds) {
    }

    private void send(Shift shift, List<OfflineScan> batch) {
        List<ScanOutcome> outcomes;
        try {
            outcomes = client.checkinBatch(new CheckinBatch(shift.gateId(), shift.sessionIds(), batch)).results();
        } catch (InvalidRequestException refused) {
            if (batch.size() > 1) {
                // find the one scan the backend will not take, so it cannot hold back the others
                batch.forEach(scan -> send(shift, List.of(scan)));
                return;
            }
            log.warn("the backend refused scan {}: {}; it is kept in the journal but not sent again",
                    batch.get(0).scanId(), refused.getMessage());
            outcomes = List.of(new ScanOutcome(batch.get(0).scanId(), CheckinResultType.INVALID, null, null, null,
                    false, null, null));
        }
        journal.markSynced(outcomes.stream().map(o -> new SyncedScan(o.scanId(), o.result(), o.firstScanAt(),
                o.firstGateId(), o.conflict())).toList());
        Map<String, Instant> starts = new HashMap<>();
        outcomes.stream().filter(o -> o.ticketSessionId() != null && o.ticketStartsAt() != null)
                .forEach(o -> starts.put(o.ticketSessionId(), o.ticketStartsAt()));
        validator.knowSessionStarts(starts);
    }

    /** Polls every chosen session; returns how far the backend's clock is ahead of this gate's. */
    private Duration download(Duration offsetBefore) throws IOException {
        Duration offset = offsetBefore;
        for (String session : sessions) {
            Instant asked = clock.instant();
            SessionTickets changes = client.sessionTickets(session, cache.cursor(session).orElse(null));
            cache.saveDownload(session, changes.tickets(), changes.cursor());
            validator.applyTickets(changes.tickets());
            offset = Duration.between(asked, changes.serverTime());
        }
        return offset;
    }
}
