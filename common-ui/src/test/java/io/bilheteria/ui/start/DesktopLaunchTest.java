package io.bilheteria.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started where there is no desktop (a server console over ssh), an app says so in one line,
 * stops its bundled backend and ends, instead of a stack trace and a command that never returns.
 */
class DesktopLaunchTest {
    @TempDir
    Path dir;

    @Test
    void withoutADisplayTheAppSaysSoInOneLineStopsItsBackendAndEnds() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stderr = dir.resolve("stderr");
        Path closed = dir.resolve("backend-closed");
        // the JVM's own toolkit (GTK on Linux), not the tests' headless Monocle
        ProcessBuilder start = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                NoDesktopProbe.class.getName(), closed.toString()))
                .redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        start.environment().remove("DISPLAY");
        start.environment().remove("WAYLAND_DISPLAY");
        Process app = start.start();

        boolean ended = app.waitFor(60, TimeUnit.SECONDS);
        app.destroyForcibly();
        assertThat(ended).as("the app ended by itself").isTrue();
        String said = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(app.exitValue()).as("exit code; the app said: %s", said).isEqualTo(DesktopLaunch.NO_WINDOW);
        assertThat(said).contains("The probe cannot open its window: ")
                .contains("DISPLAY is not set: start it on the computer's desktop")
                .doesNotContain("Exception in thread")
                .doesNotContain("\tat ");
        assertThat(closed).hasContent("closed");
    }
}
