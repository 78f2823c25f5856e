package io.bilheteria.backend.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The system clock, moved forward by a test (e.g. past the gates' re-delivery window). */
public final class ShiftableClock extends Clock {
    private final AtomicLong shiftMillis;
    private final ZoneId zone;

    public ShiftableClock() {
        this(new AtomicLong(), ZoneOffset.UTC);
    }

    private ShiftableClock(AtomicLong shiftMillis, ZoneId zone) {
        this.shiftMillis = shiftMillis;
        this.zone = zone;
    }

    /** Moves this clock, and every clock {@link #withZone} made from it, forward. */
    public void advance(Duration by) {
        shiftMillis.addAndGet(by.toMillis());
    }

    @Override
    public Instant instant() {
        return Instant.now().plusMillis(shiftMillis.get());
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + shiftMillis.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ShiftableClock(shiftMillis, other);
    }
}
