package io.bilheteria.backend.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a file or directory unwritable, also for root (CI runs as root, whom permission bits
 * do not stop): the immutable attribute, which even an open file's writes then fail on.
 */
public final class Unwritable implements AutoCloseable {
    private final Path path;

    private Unwritable(Path path) {
        this.path = path;
    }

    public static Unwritable make(Path path) throws IOException, InterruptedException {
        chattr("+i", path);
        Assumptions.assumeFalse(Files.isWritable(path), "this machine cannot make " + path + " unwritable");
        return new Unwritable(path);
    }

    /** Writable again. */
    @Override
    public void close() throws IOException, InterruptedException {
        chattr("-i", path);
    }

    private static void chattr(String flag, Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            Assumptions.abort("chattr " + flag + " " + path + " failed: " + output);
        }
    }
}
