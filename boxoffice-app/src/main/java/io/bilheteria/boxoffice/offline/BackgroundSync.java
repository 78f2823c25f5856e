package io.bilheteria.boxoffice.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bilheteria.boxoffice.storage.LocalJson;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.client.UnauthorizedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a station's rounds with the backend (a gate's, a concession counter's) in the background,
 * on one thread of its own, so a scan never waits for the network: a round every
 * {@link SyncSettings#syncEvery()}, and when the backend does not answer the station keeps
 * working offline and tries again after a growing pause. When the backend no longer takes the
 * client's token (it expired, or the station was opened with staff signed in offline) the round
 * signs in again once and goes on. Listeners hear of every round's outcome.
 */
public final class BackgroundSync implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundSync.class);
    /** Scans per batch, and bytes per batch well under the API's 64 KiB body limit. */
    static final int BATCH_SCANS = 100;
    static final int BATCH_BYTES = 48 * 1024;

    /** One round with the backend: send what the station decided, fetch what it needs. */
    @FunctionalInterface
    public interface Round {
        /**
         * @param offsetBefore how far the backend's clock was ahead after the last round
         * @return how far it is ahead now ({@code offsetBefore} when this round could not tell)
         */
        Duration run(Duration offsetBefore) throws IOException;
    }

    private final String station;
    private final Round round;
    private final IntSupplier pendingScans;
    private final SyncSettings settings;
    private final Clock clock;
    private final Runnable signInAgain;
    private final ScheduledExecutorService thread;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncState state;
    private int failuresInARow;

    /**
     * @param station      what the station is called in the thread's name and the messages ("gate", "counter")
     * @param pendingScans how many scans the backend has still to hear of, as the journal counts them now
     * @param signInAgain  signs the round's client in again (blocking) when the backend no longer takes its
     *                     token, or null
     */
    public BackgroundSync(String station, Round round, IntSupplier pendingScans, SyncSettings settings,
                          Runnable signInAgain) {
        this.station = station;
        this.round = round;
        this.pendingScans = pendingScans;
        this.settings = settings;
        this.clock = settings.clock();
        this.signInAgain = signInAgain;
        this.state = new SyncState(false, null, pendingScans.getAsInt(), Duration.ZERO, null);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, station + "-sync");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the rounds: the first at once. */
    public void start() {
        thread.execute(this::cycle);
    }

    /** Runs a round now (after one already running), for a "sync" key or a test. */
    public CompletableFuture<SyncState> syncNow() {
        try {
            return CompletableFuture.supplyAsync(this::runOnce, thread);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the " + station + " is closed"));
        }
    }

    /** The last round's outcome, with the scans still to send counted now. */
    public SyncState state() {
        SyncState last = state;
        return new SyncState(last.online(), last.lastSyncAt(), pendingScans.getAsInt(), last.clockOffset(),
                last.lastError());
    }

    /** Called on the sync thread after every round (what the station knows may have changed). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void cycle() {
        runOnce();
        Duration next = failuresInARow == 0 ? settings.syncEvery()
                : min(settings.syncEvery().multipliedBy(1L << Math.min(failuresInARow, 10)), settings.maxBackoff());
        try {
            thread.schedule(this::cycle, next.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // the station was closed meanwhile
        }
    }

    private SyncState runOnce() {
        SyncState before = state;
        try {
            Duration offset;
            try {
                offset = round.run(before.clockOffset());
            } catch (UnauthorizedException expired) {
                if (signInAgain == null) {
                    throw expired;
                }
                signInAgain.run();
                offset = round.run(before.clockOffset());
            }
            failuresInARow = 0;
            state = new SyncState(true, clock.instant(), pendingScans.getAsInt(), offset, null);
        } catch (ApiException e) {
            failuresInARow++;
            state = new SyncState(false, before.lastSyncAt(), pendingScans.getAsInt(), before.clockOffset(),
                    plainMessage(e));
        } catch (IOException | UncheckedIOException e) {
            failuresInARow++;
            log.error("{} files could not be written", station, e);
            state = new SyncState(before.online(), before.lastSyncAt(), pendingScans.getAsInt(), before.clockOffset(),
                    "The " + station + " cannot write its files: " + e.getMessage());
        } catch (RuntimeException e) {
            failuresInARow++;
            log.error("{} sync failed", station, e);
            state = new SyncState(false, before.lastSyncAt(), pendingScans.getAsInt(), before.clockOffset(),
                    "Sync failed unexpectedly; scans are kept and will be sent later");
        }
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("a {} sync listener failed", station, e);
            }
        }
        return state;
    }

    private String plainMessage(ApiException e) {
        if (e instanceof BackendUnavailableException) {
            return "The backend does not answer: working offline, scans are kept and sent later";
        }
        if (e instanceof UnauthorizedException) {
            return "The backend refused the " + station + "'s sign-in: sign out and in again to sync";
        }
        return "The backend refused the sync: " + e.problem().title()
                + (e.problem().detail() == null ? "" : " (" + e.problem().detail() + ")");
    }

    /**
     * Cuts what is to be sent into batches the backend takes: at most {@link #BATCH_SCANS} items
     * and {@link #BATCH_BYTES} of JSON each, in the order given.
     */
    public static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        List<T> current = new ArrayList<>();
        int bytes = 0;
        for (T item : items) {
            int size = jsonSize(item);
            if (!current.isEmpty() && (current.size() == BATCH_SCANS || bytes + size > BATCH_BYTES)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(item);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static int jsonSize(Object item) {
        try {
            return LocalJson.MAPPER.writeValueAsBytes(item).length + 1;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Stops the rounds, waiting a moment for one that is running. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("the {}'s sync thread did not stop within 5 s", station);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
