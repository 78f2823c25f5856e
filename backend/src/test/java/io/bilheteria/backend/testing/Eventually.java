package io.bilheteria.backend.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread makes true (a mail sent in the background), looking every
 * few milliseconds, and fails with {@code what} when it has not happened by the deadline. The
 * deadline bounds a broken run; a working one goes on as soon as the thing happened.
 */
public final class Eventually {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private Eventually() {
    }

    public static void until(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("still not true after " + DEADLINE + ": " + what);
            }
            Thread.sleep(20);
        }
    }
}
