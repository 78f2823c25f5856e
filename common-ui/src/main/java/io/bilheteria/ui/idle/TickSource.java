package io.bilheteria.ui.idle;

import java.time.Duration;

/** The clock of an {@link IdleTimer}: the current time, and a periodic tick on the FX thread. */
public interface TickSource {

    /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Starts calling {@code tick} on the FX thread, about once per interval, until {@link #stop()}. */
    void start(Runnable tick);

    void stop();

    /** The real clock, ticking with a JavaFX {@code Timeline}. */
    static TickSource timeline(Duration interval) {
        return new TimelineTickSource(interval);
    }
}
