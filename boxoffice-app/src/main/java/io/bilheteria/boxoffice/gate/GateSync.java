package io.bilheteria.boxoffice.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.OfflineScan;
import io.bilheteria.api.checkin.ScanOutcome;
import io.bilheteria.api.checkin.SessionTickets;
import io.bilheteria.api.tickets.TicketVerifier;
import io.bilheteria.boxoffice.gate.ScanJournal.ScanRecord;
import io.bilheteria.boxoffice.gate.ScanJournal.SyncedScan;
import io.bilheteria.boxoffice.storage.LocalJson;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.UnauthorizedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to the backend in the background, on one thread of its own, so a scan never waits
 * for the network: sends the journal's unsent scans, fetches the ticket key once, and polls
 * each chosen session's tickets by cursor. Scans go first, so the download that follows
 * already shows this gate's own first scans. When the backend does not answer the gate keeps
 * working offline and tries again after a growing pause. When the backend no longer takes the
 * client's token (it expired, or the gate was opened with staff signed in offline) the sync
 * signs in again once and goes on.
 */
final class GateSync implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GateSync.class);
    /** Scans per batch, and bytes per batch well under the API's 64 KiB body limit. */
    static final int BATCH_SCANS = 100;
    static final int BATCH_BYTES = 48 * 1024;
    private final BilheteriaClient client;
    private final List<String> sessions;
    private final ScanJournal journal;
    private final GateCache cache;
    private final GateValidator validator;
    private final GateSettings settings;
    private final Clock clock;
    private final Runnable signInAgain;
    private final ScheduledExecutorService thread;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncState state;
    private volatile boolean keyChecked;
    private int failuresInARow;

    GateSync(BilheteriaClient client, List<String> sessions, ScanJournal journal, GateCache cache,
             GateValidator validator, GateSettings settings, Runnable signInAgain) {
        this.client = client;
        this.signInAgain = signInAgain;
        this.sessions = List.copyOf(sessions);
        this.journal = journal;
        this.cache = cache;
        this.validator = validator;
        this.settings = settings;
        this.clock = settings.clock();
        this.state = new SyncState(false, null, journal.unsyncedCount(), Duration.ZERO, null);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gate-sync");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        thread.execute(this::cycle);
    }

    /** Runs a sync now (after one already running), for a "sync" button or a test. */
    CompletableFuture<SyncState> syncNow() {
        try {
            return CompletableFuture.supplyAsync(this::runOnce, thread);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the gate is closed"));
        }
    }

    SyncState state() {
        return state;
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void cycle() {
        runOnce();
        Duration next = failuresInARow == 0 ? settings.syncEvery()
                : min(settings.syncEvery().multipliedBy(1L << Math.min(failuresInARow, 10)), settings.maxBackoff());
        try {
            thread.schedule(this::cycle, next.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // the gate was closed meanwhile
        }
    }

    private SyncState runOnce() {
        SyncState before = state;
        try {
            Duration offset;
            try {
                offset = syncAll(before.clockOffset());
            } catch (UnauthorizedException expired) {
                if (signInAgain == null) {
                    throw expired;
                }
                signInAgain.run();
                offset = syncAll(before.clockOffset());
            }
            failuresInARow = 0;
            state = new SyncState(true, clock.instant(), journal.unsyncedCount(), offset, null);
        } catch (ApiException e) {
            failuresInARow++;
            state = new SyncState(false, before.lastSyncAt(), journal.unsyncedCount(), before.clockOffset(),
                    plainMessage(e));
        } catch (IOException | UncheckedIOException e) {
            failuresInARow++;
            log.error("gate files could not be written", e);
            state = new SyncState(before.online(), before.lastSyncAt(), journal.unsyncedCount(), before.clockOffset(),
                    "The gate cannot write its files: " + e.getMessage());
        } catch (RuntimeException e) {
            failuresInARow++;
            log.error("gate sync failed", e);
            state = new SyncState(false, before.lastSyncAt(), journal.unsyncedCount(), before.clockOffset(),
                    "Sync failed unexpectedly; scans are kept and will be sent later");
        }
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("a gate sync listener failed", e);
            }
        }
        return state;
    }

    private Duration syncAll(Duration offsetBefore) throws IOException {
        push();
        checkKey();
        return download(offsetBefore);
    }

    private static String plainMessage(ApiException e) {
        if (e instanceof BackendUnavailableException) {
            return "The backend does not answer: working offline, scans are kept and sent later";
        }
        if (e instanceof UnauthorizedException) {
            return "The backend refused the gate's sign-in: sign out and in again to sync";
        }
        return "The backend refused the sync: " + e.problem().title()
                + (e.problem().detail() == null ? "" : " (" + e.problem().detail() + ")");
    }

    /**
     * Sends the unsent scans grouped by the gate id and the sessions they were made under: the
     * backend judges each against the sessions the gate admitted then, which after a change of
     * sessions are not today's.
     */
    private void push() {
        Map<Shift, List<ScanRecord>> byShift = new LinkedHashMap<>();
        for (ScanRecord scan : journal.unsynced()) {
            List<String> admitted = scan.shift() == null || scan.shift().isBlank() ? sessions
                    : List.of(scan.shift().split(","));
            byShift.computeIfAbsent(new Shift(scan.gateId(), admitted), g -> new ArrayList<>()).add(scan);
        }
        byShift.forEach((shift, scans) -> {
            for (List<OfflineScan> batch : batches(scans)) {
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

    private static List<List<OfflineScan>> batches(List<ScanRecord> scans) {
        List<List<OfflineScan>> batches = new ArrayList<>();
        List<OfflineScan> current = new ArrayList<>();
        int bytes = 0;
        for (ScanRecord record : scans) {
            OfflineScan scan = new OfflineScan(record.scanId(), record.text(), record.scannedAt());
            int size = jsonSize(scan);
            if (!current.isEmpty() && (current.size() == BATCH_SCANS || bytes + size > BATCH_BYTES)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(scan);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static int jsonSize(OfflineScan scan) {
        try {
            return LocalJson.MAPPER.writeValueAsBytes(scan).length + 1;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkKey() throws IOException {
        if (keyChecked) {
            return;
        }
        String key = client.publicKey().publicKey();
        if (!cache.publicKey().map(key::equals).orElse(false)) {
            validator.useKey(TicketVerifier.fromBase64X509(key));
            cache.savePublicKey(key);
        }
        keyChecked = true;
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("the gate's sync thread did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
