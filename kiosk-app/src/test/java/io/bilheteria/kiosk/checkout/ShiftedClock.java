package io.bilheteria.kiosk.checkout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The kiosk's wall clock, moved forward by the test: a hold's countdown runs out without waiting for it. */
final class ShiftedClock extends Clock {
    private final AtomicReference<Duration> shift;
    private final ZoneId zone;

    ShiftedClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private ShiftedClock(AtomicReference<Duration> shift, ZoneId zone) {
        this.shift = shift;
        this.zone = zone;
    }

    /** Moves this clock, and every clock {@link #withZone} made from it, forward. */
    void advance(Duration by) {
        shift.updateAndGet(s -> s.plus(by));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ShiftedClock(shift, other);
    }
}
