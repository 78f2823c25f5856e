package io.bilheteria.backend.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file of an embedded H2 database, for the checks H2 does not make itself: it silently
 * creates an empty database where none is, opens an unwritable file read-only, and goes on
 * writing to a file that was deleted under it (whatever it then acknowledges is lost).
 */
public record EmbeddedFile(Path file) {
    private static final String SUFFIX = ".mv.db";

    /** The file behind an H2 URL that names one on this machine; empty for memory and server URLs. */
    public static Optional<EmbeddedFile> of(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        String name = options < 0 ? rest : rest.substring(0, options);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^(mem|tcp|ssl|zip|nio\\w*|split|async|memFS|memLZF|retry):.*")) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(new EmbeddedFile(Path.of(name + SUFFIX).toAbsolutePath().normalize()));
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * Refuses, with one line that says what to do, a database that cannot be opened as asked:
     * missing without leave to create it, or in a directory or file that cannot be written.
     */
    public void checkBeforeOpening(boolean mayCreate) {
        Path dir = file.getParent();
        if (!Files.exists(file)) {
            if (!mayCreate) {
                throw new StoreRefusedException("no database at " + file + " (start with --create-db to create a new, "
                        + "empty one there, or point --db at the right place)");
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreRefusedException("cannot create the data directory " + dir + ": " + e.getMessage());
            }
        }
        if (!Files.isWritable(dir)) {
            throw new StoreRefusedException("the data directory " + dir + " is not writable");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreRefusedException("the database file " + file + " is not writable");
        }
    }

    /** Thrown before any write commits when the file is gone: nothing is acknowledged that would be lost. */
    public void checkStillThere() {
        if (!Files.exists(file)) {
            throw new StoreUnavailableException("the database file " + file + " is missing");
        }
    }
}
