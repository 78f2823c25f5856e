package io.bilheteria.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.backend.backup.BackupSchedule;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup and restore commands an operator types, and the backup flags of the server; a backup refused
 * while another process holds the database is in {@link CommandLineIT}.
 */
class BackupCommandsTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aStoppedDatabaseIsBackedUpAndRestoredWhereNoneIsAndABackendOpensIt() throws Exception {
        String live = url("live");
        TestBackend.start(TestDatabase.h2File(tmp.resolve("live"))).close();

        assertThat(run("backup", "--to", tmp.resolve("backups").toString(), "--db", live)).as(err()).isZero();
        Path zip;
        try (var files = Files.list(tmp.resolve("backups"))) {
            zip = files.findFirst().orElseThrow();
        }
        assertThat(out()).startsWith("backup written: " + zip);

        assertThat(run("restore", "--from", zip.toString(), "--db", live)).isEqualTo(1);
        assertThat(err()).contains("there is a database at").contains("move it away");
        assertThat(run("restore", "--from", zip.toString(), "--db", url("restored"))).as(err()).isZero();
        try (TestBackend restored = TestBackend.start(TestDatabase.h2File(tmp.resolve("restored")))) {
            assertThat(restored.theatre().title()).contains("Compadecida");
        }
    }

    @Test
    void whatIsNoBackupOrNoDatabaseIsRefusedInOneLine() throws Exception {
        Path notAZip = Files.writeString(tmp.resolve("notes.zip"), "not a zip");

        assertThat(run("restore", "--from", notAZip.toString(), "--db", url("restored"))).isEqualTo(1);
        assertThat(err()).contains("cannot be read as a zip file").doesNotContain("Exception");
        assertThat(run("backup", "--to", tmp.toString(), "--db", url("nowhere"))).isEqualTo(1);
        assertThat(err()).contains("no database at");
        assertThat(run("backup", "--to", tmp.toString(), "--db", "jdbc:postgresql://127.0.0.1/test")).isEqualTo(1);
        assertThat(err()).contains("pg_dump");
        assertThat(run("restore", "--db", url("restored"))).isEqualTo(2);
        assertThat(err()).contains("restore needs --from ZIP");
    }

    @Test
    void theServersBackupFlags() {
        BackendConfig config = Main.parse(new String[] {"--backup-to", "/var/backups/bilheteria", "--backup-every",
                "6h", "--backup-keep", "28"}, Map.of());
        assertThat(config.backups()).isEqualTo(new BackupSchedule(Path.of("/var/backups/bilheteria"),
                Duration.ofHours(6), 28));
        assertThat(Main.parse(new String[0], Map.of("BILHETERIA_BACKUP_DIR", "/b")).backups())
                .isEqualTo(BackupSchedule.into(Path.of("/b")));
        assertThat(Main.parse(new String[0], Map.of()).backups()).isNull();

        assertThatThrownBy(() -> Main.parse(new String[] {"--backup-every", "1h"}, Map.of()))
                .hasMessage("--backup-every and --backup-keep go with --backup-to DIR");
        assertThatThrownBy(() -> Main.parse(new String[] {"--backup-to", "/b", "--backup-every", "5s"}, Map.of()))
                .hasMessageContaining("from 1m to 30d");
        assertThatThrownBy(() -> Main.parse(new String[] {"--backup-to", "/b", "--backup-keep", "0"}, Map.of()))
                .hasMessageContaining("how many backups to keep");
    }

    private String url(String folder) {
        return "jdbc:h2:file:" + tmp.resolve(folder).toAbsolutePath().resolve("bilheteria");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return BackupCommands.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
