package io.bilheteria.backend.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that stands still until the test moves it: for waits the backend measures in its own
 * time (a gap in the seat-change outbox), so that the test decides when they are over.
 */
public final class StoppedClock extends Clock {
    private final AtomicLong millis;
    private final ZoneId zone;

    public StoppedClock() {
        this(new AtomicLong(System.currentTimeMillis()), ZoneOffset.UTC);
    }

    private StoppedClock(AtomicLong millis, ZoneId zone) {
        this.millis = millis;
        this.zone = zone;
    }

    /** Moves this clock, and every clock {@link #withZone} made from it, forward. */
    public void advance(Duration by) {
        millis.addAndGet(by.toMillis());
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public long millis() {
        return millis.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new StoppedClock(millis, other);
    }
}
