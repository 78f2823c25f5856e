package io.bilheteria.backend.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs many buyers at the same instant: every task waits on one latch, so they all hit
 * the backend together, and each one's result or failure is kept for the assertions.
 */
public final class Together {

    /** What one task ended with: a value, or the exception it threw. */
    public record Outcome<T>(int index, T value, Throwable error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    private Together() {
    }

    /** Runs {@code n} tasks released at once; waits at most {@code timeout} for all of them. */
    public static <T> List<Outcome<T>> run(int n, Duration timeout, IntFunction<Callable<T>> task) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the threads did not all start");
            }
            go.countDown();
            long deadline = System.nanoTime() + timeout.toNanos();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                try {
                    long left = Math.max(1, deadline - System.nanoTime());
                    outcomes.add(new Outcome<>(i, futures.get(i).get(left, TimeUnit.NANOSECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(i, null, e.getCause()));
                } catch (TimeoutException e) {
                    throw new AssertionError("task " + i + " did not finish within " + timeout, e);
                }
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
