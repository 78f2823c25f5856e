package io.bilheteria.boxoffice.gate;

import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.tickets.TicketVerifier;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BilheteriaClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A gate admitting the chosen sessions, offline first: what the gate screen uses.
 *
 * <pre>{@code
 * client.login("gate", password);                      // a GATE account
 * Gate gate = Gate.open(dataDir, client, "north-1", List.of(sessionId));
 * Verdict v = gate.scan(textFromScanner);              // fast, never waits for the network
 * gate.counters(); gate.conflicts(); gate.syncState(); // poll, or after addListener(...) fires
 * gate.close();
 * }</pre>
 *
 * <p>The data directory keeps the journal of scans, the ticket key and the downloaded
 * tickets: a gate reopened on it (after a restart, even with no network) knows whom it let
 * in and still sends the scans it has not sent. One gate process per directory. All methods
 * are thread-safe; listeners run on the gate's sync thread.
 */
public final class Gate implements ScanningGate {
    private final String gateId;
    private final List<String> sessions;
    private final ScanJournal journal;
    private final GateValidator validator;
    private final GateSync sync;

    private Gate(String gateId, List<String> sessions, ScanJournal journal, GateValidator validator, GateSync sync) {
        this.gateId = gateId;
        this.sessions = sessions;
        this.journal = journal;
        this.validator = validator;
        this.sync = sync;
    }

    public static Gate open(Path dataDir, BilheteriaClient client, String gateId, Collection<String> sessionIds)
            throws GateUnavailableException {
        return open(dataDir, client, gateId, sessionIds, GateSettings.defaults());
    }

    /** A gate whose client cannot sign in again: when its token expires, syncing stops until it is reopened. */
    public static Gate open(Path dataDir, BilheteriaClient client, String gateId, Collection<String> sessionIds,
                            GateSettings settings) throws GateUnavailableException {
        return open(dataDir, client, gateId, sessionIds, settings, null);
    }

    /**
     * Opens the gate's data directory and starts syncing in the background. The ticket key
     * comes from the directory, or from the backend on a gate's very first start, which so
     * needs the backend once (this call then waits for it, up to the client's timeouts).
     *
     * @param signInAgain signs {@code client} in again (blocking) when the backend no longer takes its token, or null
     * @throws GateUnavailableException with a message for staff: no key and no backend, the
     *                                  directory is unusable or in use by another gate
     */
    public static Gate open(Path dataDir, BilheteriaClient client, String gateId, Collection<String> sessionIds,
                            GateSettings settings, Runnable signInAgain) throws GateUnavailableException {
        if (gateId == null || gateId.isBlank() || gateId.strip().length() > 100) {
            throw new IllegalArgumentException("a gate id of 1 to 100 characters is required");
        }
        List<String> sessions = List.copyOf(new LinkedHashSet<>(sessionIds));
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("choose at least one session to admit");
        }
        ScanJournal journal;
        try {
            Files.createDirectories(dataDir);
            journal = ScanJournal.open(dataDir.resolve("journal.jsonl"));
        } catch (IOException e) {
            throw new GateUnavailableException("The gate cannot use its data folder " + dataDir + ": "
                    + e.getMessage(), e);
        }
        try {
            GateCache cache = new GateCache(dataDir);
            TicketVerifier verifier = TicketVerifier.fromBase64X509(key(cache, client));
            GateValidator validator = new GateValidator(gateId.strip(), sessions, verifier, journal, settings.clock());
            for (String session : sessions) {
                Map<String, GateTicket> known = cache.tickets(session);
                validator.applyTickets(known.values());
            }
            GateSync sync = new GateSync(client, sessions, journal, cache, validator, settings, signInAgain);
            sync.start();
            return new Gate(gateId.strip(), sessions, journal, validator, sync);
        } catch (IOException | GateUnavailableException | RuntimeException e) {
            closeQuietly(journal, e);
            if (e instanceof GateUnavailableException unavailable) {
                throw unavailable;
            }
            if (e instanceof IOException io) {
                throw new GateUnavailableException("The gate cannot read its data folder " + dataDir + ": "
                        + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    private static String key(GateCache cache, BilheteriaClient client) throws IOException, GateUnavailableException {
        Optional<String> cached = cache.publicKey();
        if (cached.isPresent()) {
            return cached.get();
        }
        try {
            String key = client.publicKey().publicKey();
            cache.savePublicKey(key);
            return key;
        } catch (ApiException e) {
            throw new GateUnavailableException("This gate has never reached the backend, so it cannot check tickets "
                    + "yet: connect it to the network once and open it again", e);
        }
    }

    private static void closeQuietly(ScanJournal journal, Exception failure) {
        try {
            journal.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * The verdict for one scanned text (a keyboard wedge's line or a serial scanner's read;
     * surrounding white space is ignored), decided locally and journaled before it returns.
     * A blank text is INVALID and not recorded: a stray Enter is not a scan.
     *
     * @throws UncheckedIOException when the scan cannot be written to disk: nobody may be let in then
     */
    @Override
    public Verdict scan(String text) {
        return validator.scan(text);
    }

    /**
     * Tells the gate when sessions start, its own and others' (e.g. every session on offer), so
     * a ticket for another session is refused with the time it is for. The backend's answers
     * to synced scans add the sessions of tickets it refused.
     */
    public void knowSessionStarts(Map<String, Instant> startsAt) {
        validator.knowSessionStarts(startsAt);
    }

    @Override
    public GateCounters counters() {
        return validator.counters();
    }

    /** Tickets this gate admitted that it should not have, oldest first; see {@link Conflict}. */
    @Override
    public List<Conflict> conflicts() {
        return validator.conflicts();
    }

    /** The last sync's outcome, with the scans still to send counted now. */
    @Override
    public SyncState syncState() {
        SyncState last = sync.state();
        return new SyncState(last.online(), last.lastSyncAt(), journal.unsyncedCount(), last.clockOffset(),
                last.lastError());
    }

    /** Syncs now instead of at the next tick; completes with the outcome. */
    @Override
    public CompletableFuture<SyncState> syncNow() {
        return sync.syncNow();
    }

    /** Called on the sync thread after every sync attempt (counters, conflicts or state may have changed). */
    @Override
    public void addListener(Runnable listener) {
        sync.addListener(listener);
    }

    @Override
    public String gateId() {
        return gateId;
    }

    public List<String> sessions() {
        return sessions;
    }

    /** Stops syncing and releases the data directory; unsent scans stay in the journal for next time. */
    @Override
    public void close() {
        sync.close();
        try {
            journal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
