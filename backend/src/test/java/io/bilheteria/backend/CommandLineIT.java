package io.bilheteria.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.backend.testing.BackendProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's options, as an operator starting it sees them. */
class CommandLineIT {

    @Test
    void dbPoolSetsHowManyDatabaseConnectionsTheBackendOpensAndMetricsShowIt(@TempDir Path tmp) throws Exception {
        try (BackendProcess backend = BackendProcess.start("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(),
                tmp.resolve("backend.log"), Duration.ofSeconds(120), "--db-pool", "3")) {
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).containsPattern("hikaricp_connections_max\\{pool=\"bilheteria\",?} 3\\.0")
                    .contains("hikaricp_connections_pending{pool=\"bilheteria\"");
        }
    }

    @Test
    void aPoolTooSmallForTheMigrationsStopsTheBackendWithAPlainMessage(@TempDir Path tmp) {
        assertThatThrownBy(() -> BackendProcess.start("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(),
                tmp.resolve("backend.log"), Duration.ofSeconds(120), "--db-pool", "1"))
                .hasMessageContaining("backend exited with 2")
                .hasMessageContaining("database connections must be a whole number from 2")
                .hasMessageContaining("not 1")
                .hasMessageContaining("usage: java -jar bilheteria-backend.jar")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void theBackupCommandAsksARunningBackendToDoItAndRestoresAfterItStopped(@TempDir Path tmp) throws Exception {
        String db = "jdbc:h2:file:" + tmp.resolve("live").toAbsolutePath().resolve("bilheteria");
        Path log = tmp.resolve("backup.log");
        try (BackendProcess backend = BackendProcess.start(db, tmp.resolve("backend.log"), Duration.ofSeconds(120))) {
            assertThat(BackendProcess.exitCodeOf(log, Duration.ofSeconds(60), "backup", "--to",
                    tmp.resolve("backups").toString(), "--db", db)).isEqualTo(1);
            assertThat(Files.readString(log)).contains("a running backend has").contains("POST /api/v1/admin/backups")
                    .doesNotContain("Exception");
        }

        assertThat(BackendProcess.exitCodeOf(log, Duration.ofSeconds(60), "backup", "--to",
                tmp.resolve("backups").toString(), "--db", db)).isZero();
        Path zip;
        try (var files = Files.list(tmp.resolve("backups"))) {
            zip = files.findFirst().orElseThrow();
        }
        String restored = "jdbc:h2:file:" + tmp.resolve("restored").toAbsolutePath().resolve("bilheteria");
        assertThat(BackendProcess.exitCodeOf(log, Duration.ofSeconds(60), "restore", "--from", zip.toString(),
                "--db", restored)).isZero();
        try (BackendProcess backend = BackendProcess.start(restored, tmp.resolve("restored.log"),
                Duration.ofSeconds(120))) {
            HttpResponse<String> events = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/api/v1/events?q=Compadecida")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(events.body()).contains("Compadecida");
        }
    }
}
