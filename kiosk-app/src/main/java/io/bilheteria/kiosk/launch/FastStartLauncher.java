package io.bilheteria.kiosk.launch;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the kiosk in a child JVM that maps the {@link StartupArchive}. A JVM flag cannot
 * come from inside a jar, and the README's command must stay a plain {@code java -jar}, so
 * the first JVM (small: it loads only this package) starts the real one with the flag,
 * from the archive's copy of the jar, passes its own options and arguments on, and waits. The child stops when
 * this process is stopped, and this process exits with the child's exit code.
 *
 * <p>Only classes of the JDK are used here: the point is to load as little as possible
 * before the child starts.
 */
public final class FastStartLauncher {
    /** Set on the child, so it runs the kiosk instead of launching again. */
    public static final String CHILD_PROPERTY = "bilheteria.kiosk.child";
    /** When the first JVM started, so the child measures its start from the user's command. */
    public static final String LAUNCHED_AT_PROPERTY = "bilheteria.kiosk.launchedAt";
    /** The class list holds the start's classes once the kiosk has been up this long. */
    private static final Duration RECORDING_TIME = Duration.ofSeconds(45);

    private FastStartLauncher() {
    }

    /** True in the process that should run the kiosk itself. */
    public static boolean isChild() {
        return System.getProperty(CHILD_PROPERTY) != null;
    }

    /**
     * Starts the kiosk ({@code mainClass}) in a child JVM and returns its exit code, or empty
     * when this JVM was not started by {@code java -jar} or cannot tell how it was started
     * (the caller then runs the kiosk in-process).
     */
    public static Optional<Integer> run(Path dataDir, String mainClass) throws IOException, InterruptedException {
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<Path> jar = ownJar();
        List<String> arguments = List.of(self.arguments().orElse(new String[0]));
        int jarFlag = arguments.indexOf("-jar");
        if (self.command().isEmpty() || jar.isEmpty() || jarFlag < 0 || jarFlag + 1 >= arguments.size()) {
            return Optional.empty();
        }
        Path java = Path.of(self.command().get());
        StartupArchive archive = StartupArchive.of(dataDir, jar.get());
        boolean recording = !archive.ready();
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(arguments.subList(0, jarFlag));
        command.addAll(archive.jvmOptions());
        // C1 only: on two cores the optimising compiler's threads compete with the start for the
        // processor, and the kiosk's hot paths (seat map frames) are as fast without it (docs/benchmarks.md)
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-D" + LAUNCHED_AT_PROPERTY + "=" + self.startInstant().orElse(Instant.now()).toEpochMilli());
        command.addAll(List.of("-cp", archive.jar().toString(), mainClass));
        command.addAll(arguments.subList(jarFlag + 2, arguments.size()));
        Process kiosk = new ProcessBuilder(command).inheritIO().start();
        // Stopping this process stops the kiosk; once the kiosk has exited the hook has nothing to do.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(kiosk), "stop-kiosk"));
        if (recording && !kiosk.waitFor(RECORDING_TIME.toSeconds(), TimeUnit.SECONDS)) {
            makeArchive(archive, java);
        }
        return Optional.of(kiosk.waitFor());
    }

    /**
     * Makes the archive at the lowest CPU priority, so the kiosk on screen keeps the
     * processor; a failure only means the next start is not faster.
     */
    private static void makeArchive(StartupArchive archive, Path java) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "19"));
        }
        try {
            command.addAll(archive.dumpCommand(java));
            Process dump = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (dump.waitFor() == 0) {
                archive.publishDump();
            } else {
                Files.deleteIfExists(archive.partialArchive());
            }
        } catch (IOException e) {
            System.err.println("kiosk: no startup archive made (" + e.getMessage() + "); starts stay as they are");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(Process kiosk) {
        kiosk.destroy();
        try {
            if (!kiosk.waitFor(10, TimeUnit.SECONDS)) {
                kiosk.destroyForcibly();
            }
        } catch (InterruptedException e) {
            kiosk.destroyForcibly();
        }
    }

    /** The jar this class was loaded from; empty when run from a classes directory (development, tests). */
    private static Optional<Path> ownJar() {
        try {
            var source = FastStartLauncher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** In the child: stop when the launching process is gone (killed, not asked), never run orphaned. */
    public static void exitWithLauncher() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }
}
