package io.bilheteria.backend.storage;

import io.bilheteria.api.admin.Backup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Zip files of an embedded H2 database taken while it sells: H2's {@code BACKUP TO} copies a
 * transactionally consistent state without locking anything. A backup is written under a
 * temporary name and renamed when complete, so a crash mid-way never leaves a zip that looks
 * whole; only the newest {@code keep} are kept. Part of storage: a backup is a statement to the database.
 */
public final class EmbeddedBackups {
    /** H2's "database may be already in use": another process holds the file. */
    private static final int H2_FILE_IN_USE = 90020;
    static final String PREFIX = "bilheteria-";
    static final String SUFFIX = ".zip";
    // sorts as it was taken: the newest is the greatest name
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Jdbi database;
    private final Path directory;
    private final int keep;
    private final Clock clock;

    public EmbeddedBackups(Jdbi database, Path directory, int keep, Clock clock) {
        this.database = database;
        this.directory = directory.toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    /**
     * Backups of an embedded database file no backend has open, for the operator's backup command; the
     * backup says so when a running backend holds the file.
     */
    public static EmbeddedBackups ofClosedDatabase(String jdbcUrl, Path directory, Clock clock) {
        return new EmbeddedBackups(Jdbi.create(Database.h2Url(jdbcUrl) + ";IFEXISTS=TRUE"), directory,
                Integer.MAX_VALUE, clock);
    }

    public Path directory() {
        return directory;
    }

    /**
     * Takes a backup now and drops those beyond the newest {@code keep}.
     *
     * @throws UncheckedIOException when the backup folder cannot be written
     */
    public synchronized Backup takeNow() {
        Instant at = clock.instant();
        try {
            Files.createDirectories(directory);
            if (!Files.isWritable(directory)) {
                throw new IOException("the folder is not writable");
            }
            deleteUnfinished();
            Path target = freeName(at);
            Path partial = directory.resolve(target.getFileName() + ".partial");
            String file = partial.toString().replace("'", "''");
            try {
                database.useHandle(h -> h.execute("BACKUP TO '" + file + "'"));
            } catch (JdbiException e) {
                Files.deleteIfExists(partial);
                if (fileInUse(e)) {
                    throw new StoreRefusedException("a running backend has the database open; ask it for the "
                            + "backup instead: POST /api/v1/admin/backups (as an admin)");
                }
                throw new IOException(e.getMessage().lines().findFirst().orElse("the database refused"), e);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            pruneBeyondKeep();
            return new Backup(target.toString(), Files.size(target), at);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a backup in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The backups kept, newest first. */
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        for (Path file : files()) {
            try {
                backups.add(new Backup(file.toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant()));
            } catch (IOException e) {
                // pruned by another call while listing: not kept any more
            }
        }
        return backups;
    }

    /** Backups cut off by a stop or a crash: one backend backs up into a folder, one backup at a time. */
    private void deleteUnfinished() throws IOException {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX + ".partial")) {
            for (Path partial : left) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static boolean fileInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE) {
                return true;
            }
        }
        return false;
    }

    private Path freeName(Instant at) {
        String stamp = NAME.format(at);
        Path target = directory.resolve(PREFIX + stamp + SUFFIX);
        for (int n = 2; Files.exists(target); n++) {
            // '_' sorts after the '.' of the first one's suffix, so a later backup of the same millisecond is newer
            target = directory.resolve(PREFIX + stamp + String.format("_%03d", n) + SUFFIX);
        }
        return target;
    }

    private void pruneBeyondKeep() throws IOException {
        List<Path> newestFirst = files();
        for (Path old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
            Files.deleteIfExists(old);
        }
    }

    private List<Path> files() {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            entries.forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup folder " + directory + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return found;
    }
}
