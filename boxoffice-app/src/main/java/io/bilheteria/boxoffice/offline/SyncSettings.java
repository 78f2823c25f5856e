package io.bilheteria.boxoffice.offline;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How often a station (a gate, a concession counter) syncs with the backend ({@code syncEvery},
 * doubled after each failure up to {@code maxBackoff}) and the clock its scans are stamped with.
 */
public record SyncSettings(Duration syncEvery, Duration maxBackoff, Clock clock) {
    public SyncSettings {
        Objects.requireNonNull(clock, "clock");
        if (syncEvery.isNegative() || syncEvery.isZero() || maxBackoff.compareTo(syncEvery) < 0) {
            throw new IllegalArgumentException("syncEvery must be positive and maxBackoff at least syncEvery");
        }
    }

    /** Every 3 s, at most 60 s apart while the backend is away, on the system clock. */
    public static SyncSettings defaults() {
        return new SyncSettings(Duration.ofSeconds(3), Duration.ofSeconds(60), Clock.systemUTC());
    }

    public SyncSettings withSyncEvery(Duration every) {
        return new SyncSettings(every, maxBackoff.compareTo(every) < 0 ? every : maxBackoff, clock);
    }

    public SyncSettings withClock(Clock other) {
        return new SyncSettings(syncEvery, maxBackoff, other);
    }
}
