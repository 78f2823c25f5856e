package io.bilheteria.backend;

import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.backup.BackupService;
import io.bilheteria.backend.holds.HoldSweeper;
import io.bilheteria.backend.idempotency.IdempotencyRepository;
import io.bilheteria.backend.live.SeatChangeFeed;
import io.bilheteria.backend.orders.PaymentReconciler;
import io.bilheteria.backend.storage.StoreHealth;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic jobs of a backend process: expired holds back on sale (and their buyers, when
 * they left an address, offered other sessions by mail), interrupted
 * payments settled (at start too), old tokens, idempotency records and seat changes deleted, the store
 * probed every second, the embedded database backed up when a schedule is set (on a thread of its own:
 * a backup takes seconds, which holds must not wait out). Every job but the backup is a conditional
 * update, safe to run in several processes
 * on one database.
 */
public final class Housekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
    private static final Duration SLOW_JOBS_EVERY = Duration.ofMinutes(1);
    private static final Duration STORE_PROBE_EVERY = Duration.ofSeconds(1);
    private static final Duration KEEP_IDEMPOTENCY_RECORDS = Duration.ofDays(1);
    private static final Duration FINISH_RUNNING_JOB = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler = thread("housekeeping");
    private final ScheduledExecutorService backupThread = thread("backup");

    public Housekeeping(HoldSweeper holds, Runnable offerOtherSessions, PaymentReconciler payments, AuthService auth,
                        IdempotencyRepository idempotency, SeatChangeFeed seatChanges, StoreHealth store,
                        Duration sweepEvery) {
        every(Duration.ZERO, sweepEvery, "payment reconciliation", payments::reconcile);
        every(sweepEvery, sweepEvery, "hold sweep", () -> {
            holds.sweep();
            offerOtherSessions.run();
        });
        every(STORE_PROBE_EVERY, STORE_PROBE_EVERY, "store probe", store::probe);
        every(SLOW_JOBS_EVERY, SLOW_JOBS_EVERY, "token and login failure purge", auth::purgeExpired);
        every(SLOW_JOBS_EVERY, SLOW_JOBS_EVERY, "idempotency purge",
                () -> idempotency.purgeOlderThan(KEEP_IDEMPOTENCY_RECORDS));
        every(SLOW_JOBS_EVERY, SLOW_JOBS_EVERY, "seat change purge", seatChanges::prune);
    }

    /** Backs the embedded database up every {@code period}, the first one a period after the start. */
    public void backUpEvery(Duration period, BackupService backups) {
        every(backupThread, period, period, "backup", backups::takeNow);
    }

    private static ScheduledExecutorService thread(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private void every(Duration first, Duration period, String name, Runnable job) {
        every(scheduler, first, period, name, job);
    }

    private static void every(ScheduledExecutorService on, Duration first, Duration period, String name,
                              Runnable job) {
        on.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; will try again", name, e);
            }
        }, first.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the jobs and waits for a running one to end, so that none is still using the database when it closes.
     * The running job is not interrupted unless it outlasts the wait: an interrupt in the middle of H2's file I/O
     * closes the database file's channel (a backup being written at the stop broke the connection that way).
     */
    @Override
    public void close() {
        stop(scheduler);
        stop(backupThread);
    }

    private static void stop(ScheduledExecutorService jobs) {
        jobs.shutdown();
        try {
            if (!jobs.awaitTermination(FINISH_RUNNING_JOB.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("a housekeeping job still ran {} after the stop; interrupting it", FINISH_RUNNING_JOB);
                jobs.shutdownNow();
            }
        } catch (InterruptedException e) {
            jobs.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
