package io.bilheteria.boxoffice.gate;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How often a gate polls the backend ({@code syncEvery}, doubled after each failure up to
 * {@code maxBackoff}) and the clock its scans are stamped with.
 */
public record GateSettings(Duration syncEvery, Duration maxBackoff, Clock clock) {
    public GateSettings {
        Objects.requireNonNull(clock, "clock");
        if (syncEvery.isNegative() || syncEvery.isZero() || maxBackoff.compareTo(syncEvery) < 0) {
            throw new IllegalArgumentException("syncEvery must be positive and maxBackoff at least syncEvery");
        }
    }

    /** Every 3 s, at most 60 s apart while the backend is away, on the system clock. */
    public static GateSettings defaults() {
        return new GateSettings(Duration.ofSeconds(3), Duration.ofSeconds(60), Clock.systemUTC());
    }

    public GateSettings withSyncEvery(Duration every) {
        return new GateSettings(every, maxBackoff.compareTo(every) < 0 ? every : maxBackoff, clock);
    }

    public GateSettings withClock(Clock other) {
        return new GateSettings(syncEvery, maxBackoff, other);
    }
}
