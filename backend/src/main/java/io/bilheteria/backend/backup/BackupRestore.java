package io.bilheteria.backend.backup;

import io.bilheteria.backend.storage.EmbeddedFile;
import io.bilheteria.backend.storage.StoreRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;

/**
 * Puts a backup back as the embedded database a backend will open: only where no database is,
 * so a restore never overwrites sales made since (the operator moves the damaged file away
 * first, and keeps it until the restored one is checked).
 */
public final class BackupRestore {
    private static final String DATABASE_SUFFIX = ".mv.db";

    private BackupRestore() {
    }

    /**
     * @param jdbcUrl the embedded database to create from the backup, as the backend's {@code --db} names it
     * @return the database file written
     * @throws StoreRefusedException with one line that says what to do, when the backup or the target will not do
     */
    public static Path restore(Path backup, String jdbcUrl) {
        EmbeddedFile target = EmbeddedFile.of(jdbcUrl).orElseThrow(() -> new StoreRefusedException(
                "a backup restores an embedded H2 database file; " + jdbcUrl + " is not one"));
        if (target.exists()) {
            throw new StoreRefusedException("there is a database at " + target.file() + " already; move it away "
                    + "(keep it until the restored one is checked) and restore again");
        }
        if (!Files.isRegularFile(backup)) {
            throw new StoreRefusedException("no backup at " + backup);
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            if (zip.stream().noneMatch(entry -> entry.getName().endsWith(DATABASE_SUFFIX))) {
                throw new StoreRefusedException(backup + " holds no H2 database: is it a Bilheteria backup?");
            }
        } catch (IOException e) {
            throw new StoreRefusedException(backup + " cannot be read as a zip file: " + e.getMessage());
        }
        Path directory = target.file().getParent();
        String name = target.file().getFileName().toString();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreRefusedException("cannot create " + directory + ": " + e.getMessage());
        }
        Restore.execute(backup.toString(), directory.toString(), name.substring(0, name.length() - DATABASE_SUFFIX.length()));
        if (!target.exists()) {
            throw new StoreRefusedException("the backup was read but no database came out at " + target.file());
        }
        return target.file();
    }
}
