package io.bilheteria.backend.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the store takes writes now, found by writing one row: a database that still answers
 * reads but has gone read-only, lost its file or its disk is DOWN. Probed by {@code /health}
 * and every second by the housekeeping, which also lets go of a broken embedded database so
 * that the backend heals once the store works again.
 */
public final class StoreHealth {
    private static final Logger log = LoggerFactory.getLogger(StoreHealth.class);
    private static final Duration REOPEN_AT_MOST_EVERY = Duration.ofSeconds(1);

    public record Status(boolean up, String reason) {
        static final Status UP = new Status(true, null);
    }

    private final Database database;
    private final Transactions tx;
    private final Clock clock;
    private volatile Status last = Status.UP;
    private volatile long lastReopenNanos = System.nanoTime() - REOPEN_AT_MOST_EVERY.toNanos();

    public StoreHealth(Database database, Transactions tx, Clock clock) {
        this.database = database;
        this.tx = tx;
        this.clock = clock;
    }

    public Status probe() {
        Status now;
        try {
            tx.useTransaction(h -> h.createUpdate("UPDATE store_probe SET written_at = :now WHERE id = 1")
                    .bind("now", clock.millis()).execute());
            now = Status.UP;
        } catch (RuntimeException e) {
            now = new Status(false, reason(e, database.embeddedFile()));
            if (StoreFailures.isStoreDown(e)) {
                reopenEmbedded();
            }
        }
        if (now.up() != last.up()) {
            if (now.up()) {
                log.info("the database takes writes again");
            } else {
                log.error("the database does not take writes: {}", now.reason());
            }
        }
        last = now;
        return now;
    }

    private void reopenEmbedded() {
        long since = System.nanoTime() - lastReopenNanos;
        if (since >= REOPEN_AT_MOST_EVERY.toNanos()) {
            lastReopenNanos = System.nanoTime();
            database.reopenEmbedded();
        }
    }

    private static String reason(RuntimeException e, Optional<EmbeddedFile> embedded) {
        if (embedded.isPresent() && !embedded.get().exists()) {
            return "the database file " + embedded.get().file() + " is missing";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreUnavailableException unavailable) {
                return unavailable.getMessage();
            }
        }
        return StoreFailures.isStoreDown(e) ? "the database cannot be reached or written" : "the database refused a write";
    }
}
