package io.bilheteria.backend.ops;

import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.holds.HoldSweeper;
import io.bilheteria.backend.idempotency.IdempotencyStore;
import io.bilheteria.backend.orders.PaymentReconciler;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic jobs of a backend process: expired holds back on sale, interrupted
 * payments reversed, old tokens and idempotency records deleted. Every job is a
 * conditional update, safe to run in several processes on one database.
 */
public final class Housekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
    private static final Duration SLOW_JOBS_EVERY = Duration.ofMinutes(1);
    private static final Duration KEEP_IDEMPOTENCY_RECORDS = Duration.ofDays(1);
    private static final Duration FINISH_RUNNING_JOB = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "housekeeping");
        t.setDaemon(true);
        return t;
    });

    public Housekeeping(HoldSweeper holds, PaymentReconciler payments, AuthService auth,
                        IdempotencyStore idempotency, Duration sweepEvery) {
        every(sweepEvery, "hold sweep", holds::sweep);
        every(SLOW_JOBS_EVERY, "payment reconciliation", payments::reconcile);
        every(SLOW_JOBS_EVERY, "token purge", auth::purgeExpiredTokens);
        every(SLOW_JOBS_EVERY, "idempotency purge", () -> idempotency.purgeOlderThan(KEEP_IDEMPOTENCY_RECORDS));
    }

    private void every(Duration period, String name, Runnable job) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; will try again", name, e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
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
