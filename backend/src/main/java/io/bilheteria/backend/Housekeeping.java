package io.bilheteria.backend;

import io.bilheteria.backend.auth.AuthService;
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
 * probed every second. Every job is a conditional update, safe to run in several processes
 * on one database.
 */
public final class Housekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
    private static final Duration SLOW_JOBS_EVERY = Duration.ofMinutes(1);
    private static final Duration STORE_PROBE_EVERY = Duration.ofSeconds(1);
    private static final Duration KEEP_IDEMPOTENCY_RECORDS = Duration.ofDays(1);
    private static final Duration FINISH_RUNNING_JOB = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "housekeeping");
        t.setDaemon(true);
        return t;
    });

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

    private void every(Duration first, Duration period, String name, Runnable job) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; will try again", name, e);
            }
        }, first.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the jobs and waits for a running one to end, so that none is still using the database when it closes. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(FINISH_RUNNING_JOB.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("a housekeeping job still ran {} after the stop", FINISH_RUNNING_JOB);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
