package io.bilheteria.devices.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Two connected pseudo-terminals made by socat, standing in for a serial cable: what is
 * written to one end is read at the other, byte for byte. Skips the test when socat is not
 * installed (CI installs it).
 */
public final class SocatPair implements AutoCloseable {
    private final Process socat;
    private final Path app;
    private final Path device;

    private SocatPair(Process socat, Path app, Path device) {
        this.socat = socat;
        this.app = app;
        this.device = device;
    }

    /** Both ends as symbolic links in {@code dir}: {@link #app()} for the code under test, {@link #device()} for the fake device. */
    public static SocatPair open(Path dir) throws IOException, InterruptedException {
        Assumptions.assumeTrue(socatInstalled(), "socat is not installed");
        Path app = dir.resolve("ttyApp");
        Path device = dir.resolve("ttyDevice");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + app, "pty,raw,echo=0,link=" + device)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(app) && Files.exists(device))) {
            if (!socat.isAlive() || System.nanoTime() > deadline) {
                socat.destroyForcibly();
                throw new IOException("socat did not make the pseudo-terminal pair");
            }
            Thread.sleep(20);
        }
        return new SocatPair(socat, app, device);
    }

    private static boolean socatInstalled() {
        try {
            return new ProcessBuilder("socat", "-V").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Path app() {
        return app;
    }

    public Path device() {
        return device;
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly();
        }
    }
}
