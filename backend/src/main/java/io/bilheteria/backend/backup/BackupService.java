package io.bilheteria.backend.backup;

import io.bilheteria.api.admin.Backup;
import io.bilheteria.api.admin.BackupList;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.storage.EmbeddedBackups;
import io.bilheteria.backend.storage.StoreUnavailableException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups on demand (the admin) and on the schedule, for a backend on an embedded database file.
 * PostgreSQL has its own tools (pg_dump, base backups) and an in-memory database nothing to keep:
 * both are told so rather than given an empty zip.
 */
public final class BackupService {
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final Optional<EmbeddedBackups> backups;
    private final String whyNone;
    private final AtomicLong lastSuccessEpochSeconds = new AtomicLong();

    private BackupService(Optional<EmbeddedBackups> backups, String whyNone, MeterRegistry registry) {
        this.backups = backups;
        this.whyNone = whyNone;
        // for an operator's alert: "no backup for two hours"; 0 until the first one
        Gauge.builder("bilheteria.backup.last.success", lastSuccessEpochSeconds, AtomicLong::get)
                .description("when the last backup of the embedded database was written, in seconds since the epoch")
                .baseUnit("seconds").register(registry);
    }

    public static BackupService of(EmbeddedBackups backups, MeterRegistry registry) {
        return new BackupService(Optional.of(backups), null, registry);
    }

    /** A backend whose database this process cannot back up, and the reason the admin is told. */
    public static BackupService none(String why, MeterRegistry registry) {
        return new BackupService(Optional.empty(), why, registry);
    }

    public boolean available() {
        return backups.isPresent();
    }

    public Backup takeNow() {
        EmbeddedBackups target = backups.orElseThrow(() -> DomainException.conflict(whyNone));
        try {
            Backup taken = target.takeNow();
            lastSuccessEpochSeconds.set(taken.takenAt().getEpochSecond());
            log.info("backup written: {} ({} bytes)", taken.file(), taken.sizeBytes());
            return taken;
        } catch (UncheckedIOException e) {
            throw new StoreUnavailableException(e.getMessage());
        }
    }

    public BackupList list() {
        EmbeddedBackups target = backups.orElseThrow(() -> DomainException.conflict(whyNone));
        try {
            return new BackupList(target.directory().toString(), target.list());
        } catch (UncheckedIOException e) {
            throw new StoreUnavailableException(e.getMessage());
        }
    }
}
