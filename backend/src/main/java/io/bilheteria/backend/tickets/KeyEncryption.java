package io.bilheteria.backend.tickets;

import io.bilheteria.backend.storage.EmbeddedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key-encryption key (KEK) that seals the ticket signing key comes from, in this
 * order: {@code BILHETERIA_KEY_ENCRYPTION_KEY} (base64 of 32 bytes), a key file named with
 * {@code --key-file}, or, by default, a file {@value #FILE_NAME} beside the embedded H2 database
 * file, created (owner-only) on first start so a zero-setup start still works. A database that
 * is not a file of this machine (PostgreSQL, an H2 server) defaults to that file in the data
 * directory, with a warning: every other backend on that database must be given the same key
 * (it refuses to start, saying so, without it: it never makes a signing key of its own). An
 * in-memory H2 database, gone with its process, is sealed with a key that lives as long as the
 * process.
 */
public record KeyEncryption(String keyBase64, Path keyFile) {
    private static final Logger log = LoggerFactory.getLogger(KeyEncryption.class);
    public static final String ENVIRONMENT = "BILHETERIA_KEY_ENCRYPTION_KEY";
    public static final String FILE_NAME = "ticket-key.kek";
    /** Seals in-memory databases: they cannot outlive this process, so neither need their key. */
    private static final KeyEncryptionKey THIS_PROCESS = KeyEncryptionKey.random("this process's own key");

    /** The default: the embedded database's key file, or refusal for a shared database. */
    public static KeyEncryption besideTheDatabase() {
        return new KeyEncryption(null, null);
    }

    public static KeyEncryption fromValue(String base64) {
        return new KeyEncryption(base64, null);
    }

    public static KeyEncryption fromFile(Path file) {
        return new KeyEncryption(null, file);
    }

    /** The key for the database at {@code jdbcUrl}; {@code dataDir} keeps the key file of a shared database. */
    Source source(String jdbcUrl, Path dataDir) {
        if (keyBase64 != null) {
            KeyEncryptionKey key = KeyEncryptionKey.fromBase64(keyBase64, ENVIRONMENT);
            return new Source(() -> key, () -> key);
        }
        if (keyFile != null) {
            return fileSource(keyFile);
        }
        if (jdbcUrl.startsWith("jdbc:h2:mem:")) {
            return new Source(() -> THIS_PROCESS, () -> THIS_PROCESS);
        }
        Optional<EmbeddedFile> embedded = EmbeddedFile.of(jdbcUrl);
        if (embedded.isPresent()) {
            return fileSource(embedded.get().file().resolveSibling(FILE_NAME));
        }
        Path shared = dataDir.toAbsolutePath().resolve(FILE_NAME);
        log.warn("the ticket signing key in this shared database is sealed with the key file {}: give every backend "
                + "on it the same key ({} or --key-file)", shared, ENVIRONMENT);
        return fileSource(shared);
    }

    private static Source fileSource(Path file) {
        return new Source(() -> {
            if (!Files.exists(file)) {
                throw new TicketKeyException("the ticket signing key in the database is sealed, but the key file "
                        + file.toAbsolutePath() + " that opens it is missing: restore it, or start with "
                        + ENVIRONMENT + " or --key-file set to the key it was sealed with");
            }
            return KeyEncryptionKey.read(file);
        }, () -> KeyEncryptionKey.readOrCreate(file));
    }

    /**
     * {@code forOpening}: the key that sealed a stored signing key (a key file must exist by
     * then: creating one could never open it). {@code forSealing}: the key to seal a new or
     * plain-text signing key with, creating the key file when that is where it lives.
     */
    record Source(Supplier<KeyEncryptionKey> forOpening, Supplier<KeyEncryptionKey> forSealing) {
    }
}
