package io.bilheteria.backend.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.backend.testing.BackendProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged backend started as an operator would: with no key settings it keeps the
 * key-encryption key in a file beside the H2 database, readable by its owner only, and opens
 * the signing key with it after a restart; a wrong key file or a lost one stops the start with
 * one plain line, never with a new key.
 */
class SealedTicketKeyIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void theDefaultKeyFileIsMadeOwnerOnlyAndAWrongOrMissingOneStopsTheStartWithOneLine(@TempDir Path tmp)
            throws Exception {
        String url = "jdbc:h2:file:" + tmp.resolve("data").resolve("bilheteria").toAbsolutePath();
        Path keyFile = tmp.resolve("data").resolve(KeyEncryption.FILE_NAME);
        String publicKey;
        try (BackendProcess first = BackendProcess.start(url, tmp.resolve("first.log"), PATIENCE, Map.of())) {
            publicKey = first.anonymous().publicKey().publicKey();
        }
        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        try (BackendProcess again = BackendProcess.start(url, tmp.resolve("again.log"), PATIENCE, Map.of())) {
            assertThat(again.anonymous().publicKey().publicKey()).as("the same key, opened again").isEqualTo(publicKey);
        }

        Path wrong = Files.writeString(tmp.resolve("wrong.kek"), Base64.getEncoder().encodeToString(
                "thirty-two bytes of another key!".getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> BackendProcess.start(url, tmp.resolve("wrong.log"), PATIENCE, Map.of(),
                "--key-file", wrong.toString()))
                .hasMessageContaining("backend exited with 1")
                .hasMessageContaining("bilheteria: the key-encryption key from the key file "
                        + wrong.toAbsolutePath() + " does not open the ticket signing key in the database")
                .hasMessageNotContaining("\tat ");

        Files.move(keyFile, tmp.resolve("elsewhere.kek"));
        assertThatThrownBy(() -> BackendProcess.start(url, tmp.resolve("missing.log"), PATIENCE, Map.of()))
                .hasMessageContaining("backend exited with 1")
                .hasMessageContaining("the key file " + keyFile.toAbsolutePath() + " that opens it is missing")
                .hasMessageNotContaining("\tat ");
        assertThat(keyFile).as("no new key was made in its place").doesNotExist();
    }
}
