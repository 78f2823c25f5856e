package io.bilheteria.boxoffice.offline;

import io.bilheteria.client.ApiException;
import io.bilheteria.client.BilheteriaClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * What a gate and a concession counter are alike in: a data folder of their own with a journal
 * of what they decided and the backend's signing key, and a {@link BackgroundSync} that tells the
 * backend; opened together, closed together. What is scanned and how it is decided is each
 * station's own.
 */
public abstract class OfflineStation<V, K, C> implements ScanningStation<V, K, C> {
    private final OfflineJournal<?, ?> journal;
    private final BackgroundSync sync;

    protected OfflineStation(OfflineJournal<?, ?> journal, BackgroundSync sync) {
        this.journal = journal;
        this.sync = sync;
    }

    /** Opens a station's journal file, e.g. {@code ScanJournal::open}. */
    @FunctionalInterface
    protected interface JournalFile<J> {
        J open(Path file) throws IOException;
    }

    /** Makes the station on its open journal and key; it may read the rest of its folder. */
    @FunctionalInterface
    protected interface Making<J, S> {
        S make(J journal, SigningKey key) throws IOException;
    }

    /**
     * Opens a station on {@code dataDir}: its journal, then its signing key (from the folder, or
     * from the backend on the station's very first start, which so needs the backend once: this
     * call then waits for it, up to the client's timeouts), then the station itself, whose sync
     * starts. When a step fails the journal is closed again.
     *
     * @param station     what staff call it in a message: "gate", "counter"
     * @param checks      what it checks: "tickets", "vouchers"
     * @param unavailable the station's exception, with a message for staff: no key and no backend,
     *                    the folder is unusable or in use by another station
     */
    protected static <J extends OfflineJournal<?, ?>, S extends OfflineStation<?, ?, ?>, E extends Exception> S open(
            Path dataDir, BilheteriaClient client, String station, String checks, JournalFile<J> journalFile,
            Making<J, S> making, BiFunction<String, Throwable, E> unavailable) throws E {
        J journal;
        try {
            Files.createDirectories(dataDir);
            journal = journalFile.open(dataDir.resolve("journal.jsonl"));
        } catch (IOException e) {
            throw unavailable.apply("The " + station + " cannot use its data folder " + dataDir + ": "
                    + e.getMessage(), e);
        }
        try {
            S made = making.make(journal, SigningKey.open(dataDir, client));
            OfflineStation<?, ?, ?> opened = made;
            opened.sync.start();
            return made;
        } catch (IOException | RuntimeException e) {
            try {
                journal.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof ApiException neverOnline) {
                // the key is the only thing an opening station asks the backend for
                throw unavailable.apply("This " + station + " has never reached the backend, so it cannot check "
                        + checks + " yet: connect it to the network once and open it again", neverOnline);
            }
            if (e instanceof IOException io) {
                throw unavailable.apply("The " + station + " cannot read its data folder " + dataDir + ": "
                        + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The last sync's outcome, with the scans still to send counted now. */
    @Override
    public final SyncState syncState() {
        return sync.state();
    }

    @Override
    public final CompletableFuture<SyncState> syncNow() {
        return sync.syncNow();
    }

    @Override
    public final void addListener(Runnable listener) {
        sync.addListener(listener);
    }

    /** Stops syncing and releases the data folder; what is still to send stays in the journal for next time. */
    @Override
    public final void close() {
        sync.close();
        try {
            journal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
