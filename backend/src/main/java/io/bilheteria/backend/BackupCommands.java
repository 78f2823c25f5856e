package io.bilheteria.backend;

import io.bilheteria.api.admin.Backup;
import io.bilheteria.backend.backup.BackupRestore;
import io.bilheteria.backend.storage.EmbeddedBackups;
import io.bilheteria.backend.storage.EmbeddedFile;
import io.bilheteria.backend.storage.StoreRefusedException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * {@code java -jar bilheteria-backend.jar backup --to DIR [--db URL]} backs up an embedded database no
 * backend has open (a running backend is asked instead: {@code POST /api/v1/admin/backups});
 * {@code restore --from ZIP [--db URL]} makes the database from a backup where none is. {@code --db}
 * defaults to {@code BILHETERIA_DB_URL}, else the embedded database under ./data, as the server's does.
 * Exit 0 done, 1 refused (one line says why), 2 a mistyped command.
 */
final class BackupCommands {
    private BackupCommands() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String command = args[0];
        String dbUrl = env.getOrDefault("BILHETERIA_DB_URL", "");
        if (dbUrl.isBlank()) {
            dbUrl = BackendConfig.defaults().effectiveDbUrl();
        }
        Path place = null;
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--db" -> dbUrl = Main.value(args, ++i, "--db");
                    case "--to" -> place = command.equals("backup") ? Path.of(Main.value(args, ++i, "--to")) : refuse(args[i]);
                    case "--from" -> place = command.equals("restore") ? Path.of(Main.value(args, ++i, "--from"))
                            : refuse(args[i]);
                    default -> refuse(args[i]);
                }
            }
            if (place == null) {
                throw new IllegalArgumentException(command + " needs " + (command.equals("backup") ? "--to DIR" : "--from ZIP"));
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: java -jar bilheteria-backend.jar backup --to DIR [--db URL]\n"
                    + "       java -jar bilheteria-backend.jar restore --from ZIP [--db URL]");
            return 2;
        }
        try {
            if (command.equals("backup")) {
                Backup taken = backUp(dbUrl, place);
                out.println("backup written: " + taken.file() + " (" + taken.sizeBytes() + " bytes)");
            } else {
                out.println("database restored: " + BackupRestore.restore(place, dbUrl));
            }
            return 0;
        } catch (StoreRefusedException e) {
            err.println("bilheteria: " + e.getMessage());
            return 1;
        }
    }

    private static Path refuse(String option) {
        throw new IllegalArgumentException("unknown option " + option);
    }

    private static Backup backUp(String dbUrl, Path directory) {
        EmbeddedFile file = EmbeddedFile.of(dbUrl).orElseThrow(() -> new StoreRefusedException(
                "the backup command backs up an embedded H2 database file; for PostgreSQL use pg_dump"));
        if (!file.exists()) {
            throw new StoreRefusedException("no database at " + file.file());
        }
        try {
            return EmbeddedBackups.ofClosedDatabase(dbUrl, directory, Clock.systemUTC()).takeNow();
        } catch (UncheckedIOException e) {
            throw new StoreRefusedException(e.getMessage());
        }
    }
}
