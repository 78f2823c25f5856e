package io.bilheteria.backend.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Where a backend backs up its embedded database, how often, and how many backups it keeps. */
public record BackupSchedule(Path directory, Duration every, int keep) {
    public static final Duration DEFAULT_EVERY = Duration.ofHours(1);
    /** A day of hourly backups. */
    public static final int DEFAULT_KEEP = 24;

    public BackupSchedule {
        Objects.requireNonNull(directory, "directory");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("backups must be taken every positive duration, not " + every);
        }
        if (keep < 1) {
            throw new IllegalArgumentException("at least one backup must be kept, not " + keep);
        }
    }

    public static BackupSchedule into(Path directory) {
        return new BackupSchedule(directory, DEFAULT_EVERY, DEFAULT_KEEP);
    }

    public BackupSchedule withEvery(Duration period) {
        return new BackupSchedule(directory, period, keep);
    }

    public BackupSchedule withKeep(int count) {
        return new BackupSchedule(directory, every, count);
    }
}
