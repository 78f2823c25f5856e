package io.bilheteria.boxoffice.gate;

import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.boxoffice.offline.BackgroundSync;
import io.bilheteria.boxoffice.offline.OfflineStation;
import io.bilheteria.boxoffice.offline.SyncSettings;
import io.bilheteria.client.BilheteriaClient;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A gate admitting the chosen sessions, offline first: what the gate screen uses.
 *
 * <pre>{@code
 * client.login("gate", password);                      // a GATE account
 * Gate gate = Gate.open(dataDir, client, "north-1", List.of(sessionId));
 * Verdict v = gate.scan(textFromScanner);              // fast, never waits for the network
 * gate.counts(); gate.conflicts(); gate.syncState();   // poll, or after addListener(...) fires
 * gate.close();
 * }</pre>
 *
 * <p>The data directory keeps the journal of scans, the ticket key and the downloaded
 * tickets: a gate reopened on it (after a restart, even with no network) knows whom it let
 * in and still sends the scans it has not sent. One gate process per directory. All methods
 * are thread-safe; listeners run on the gate's sync thread.
 */
public final class Gate extends OfflineStation<Verdict, GateCounters, Conflict> implements ScanningGate {
    private final String gateId;
    private final List<String> sessions;
    private final GateValidator validator;

    private Gate(String gateId, List<String> sessions, ScanJournal journal, GateValidator validator,
                 BackgroundSync sync) {
        super(journal, sync);
        this.gateId = gateId;
        this.sessions = sessions;
        this.validator = validator;
    }

    public static Gate open(Path dataDir, BilheteriaClient client, String gateId, Collection<String> sessionIds)
            throws GateUnavailableException {
        return open(dataDir, client, gateId, sessionIds, SyncSettings.defaults());
    }

    /** A gate whose client cannot sign in again: when its token expires, syncing stops until it is reopened. */
    public static Gate open(Path dataDir, BilheteriaClient client, String gateId, Collection<String> sessionIds,
                            SyncSettings settings) throws GateUnavailableException {
        return open(dataDir, client, gateId, sessionIds, settings, null);
    }

    /**
     * Opens the gate's data directory and starts syncing in the background (see
     * {@link OfflineStation#open}: a gate's very first start needs the backend once, for the key).
     *
     * @param signInAgain signs {@code client} in again (blocking) when the backend no longer takes its token, or null
     * @throws GateUnavailableException with a message for staff: no key and no backend, the
     *                                  directory is unusable or in use by another gate
     */
    public static Gate open(Path dataDir, BilheteriaClient client, String gateId, Collection<String> sessionIds,
                            SyncSettings settings, Runnable signInAgain) throws GateUnavailableException {
        if (gateId == null || gateId.isBlank() || gateId.strip().length() > 100) {
            throw new IllegalArgumentException("a gate id of 1 to 100 characters is required");
        }
        List<String> sessions = List.copyOf(new LinkedHashSet<>(sessionIds));
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("choose at least one session to admit");
        }
        return OfflineStation.open(dataDir, client, "gate", "tickets", ScanJournal::open, (journal, key) -> {
            GateCache cache = new GateCache(dataDir);
            GateValidator validator = new GateValidator(gateId.strip(), sessions, key.verifier(), journal,
                    settings.clock());
            for (String session : sessions) {
                Map<String, GateTicket> known = cache.tickets(session);
                validator.applyTickets(known.values());
            }
            BackgroundSync sync = new BackgroundSync("gate",
                    new GateSync(client, sessions, journal, cache, key, validator, settings.clock()),
                    journal::unsyncedCount, settings, signInAgain);
            return new Gate(gateId.strip(), sessions, journal, validator, sync);
        }, GateUnavailableException::new);
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
    public GateCounters counts() {
        return validator.counters();
    }

    /** Tickets this gate admitted that it should not have, oldest first; see {@link Conflict}. */
    @Override
    public List<Conflict> conflicts() {
        return validator.conflicts();
    }

    @Override
    public String gateId() {
        return gateId;
    }

    public List<String> sessions() {
        return sessions;
    }
}
