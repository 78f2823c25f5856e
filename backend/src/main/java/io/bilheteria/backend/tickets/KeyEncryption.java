package io.bilheteria.backend.tickets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where the key-encryption key (KEK) that seals the ticket signing key comes from, in this
 * order: {@code BILHETERIA_KEY_ENCRYPTION_KEY} (base64 of 32 bytes), a key file named with
 * {@code --key-file}, or, by default, a file {@value #FILE_NAME} beside the embedded H2 database
 * file, created (owner-only) on first start so a zero-setup start still works. A database that
 * is not a file of this machine (PostgreSQL, an H2 server) gets no default: the backend refuses
 * to start until a KEK is given, since several backends share that database and each would
 * otherwise invent its own. An in-memory H2 database, gone with its process, is sealed with a
 * key that lives as long as the process.
 */
public record KeyEncryption(String keyBase64, Path keyFile) {
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

    /** The key for the database at {@code jdbcUrl}. */
    Source source(String jdbcUrl) {
        if (keyBase64 != null) {
            KeyEncryptionKey key = KeyEncryptionKey.fromBase64(keyBase64, ENVIRONMENT);
            return new Source(() -> key, () -> key);
        }
        if (keyFile != null) {
            return fileSource(keyFile);
        }
        String h2 = jdbcUrl.startsWith("jdbc:h2:") ? jdbcUrl.substring("jdbc:h2:".length()) : null;
        if (h2 != null && h2.startsWith("mem:")) {
            return new Source(() -> THIS_PROCESS, () -> THIS_PROCESS);
        }
        if (h2 != null && !h2.startsWith("tcp:") && !h2.startsWith("ssl:") && !h2.startsWith("zip:")) {
            String path = (h2.startsWith("file:") ? h2.substring("file:".length()) : h2).split(";", 2)[0];
            if (path.startsWith("~")) {
                path = System.getProperty("user.home") + path.substring(1);
            }
            Path dir = Path.of(path).toAbsolutePath().getParent();
            return fileSource(dir.resolve(FILE_NAME));
        }
        String refusal = "this database is shared, so the ticket signing key in it must be sealed with a "
                + "key-encryption key that every backend on it is given: set " + ENVIRONMENT
                + " (base64 of 32 random bytes: head -c 32 /dev/urandom | base64) or start with --key-file PATH";
        return new Source(() -> {
            throw new TicketKeyException(refusal);
        }, () -> {
            throw new TicketKeyException(refusal);
        });
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
