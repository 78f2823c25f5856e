package io.bilheteria.kiosk.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The class-data-sharing archive that lets the kiosk start in about two thirds of the time:
 * the ten thousand classes of JavaFX, Javalin, H2 and the kiosk are stored parsed and
 * verified, so the JVM maps them instead of reading them from the jar. The JVM accepts an
 * archive only with the very jar file it was made from (same size and modification time),
 * and every {@code mvnw install} writes the jar anew, so the kiosk runs from a copy named
 * by the jar's content: a rebuild that changed nothing (the build is reproducible) keeps
 * its archive, a new build gets a new copy and archive, and the stale ones are deleted.
 *
 * <p>The archive is made from the list of classes a real start loaded ({@code
 * -XX:DumpLoadedClassList}), by a separate low-priority JVM while the kiosk runs; the next
 * start uses it. Nothing here is required: without an archive the kiosk starts as before.
 */
final class StartupArchive {
    private static final String PREFIX = "kiosk-";
    private final Path directory;
    private final Path built;
    private final String stamp;

    private StartupArchive(Path directory, Path built, String stamp) {
        this.directory = directory;
        this.built = built;
        this.stamp = stamp;
    }

    /** The archive of this jar's content under the kiosk's data directory. */
    static StartupArchive of(Path dataDir, Path jar) throws IOException {
        return new StartupArchive(dataDir.resolve("startup-archive"), jar, contentStamp(jar));
    }

    /** CRC32C runs at memory speed (tens of milliseconds for the kiosk's jar); it only has to tell builds apart. */
    private static String contentStamp(Path jar) throws IOException {
        CRC32C crc = new CRC32C();
        try (FileChannel channel = FileChannel.open(jar)) {
            crc.update(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
            return Long.toHexString(channel.size()) + "-" + Long.toHexString(crc.getValue());
        }
    }

    /** The copy of the jar the kiosk runs from, made once per build. */
    Path jar() throws IOException {
        Path copy = directory.resolve(PREFIX + stamp + ".jar");
        if (!Files.isRegularFile(copy)) {
            Files.createDirectories(directory);
            Path part = directory.resolve(PREFIX + stamp + ".jar.part");
            Files.copy(built, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE);
        }
        return copy;
    }

    Path archive() {
        return directory.resolve(PREFIX + stamp + ".jsa");
    }

    Path classList() {
        return directory.resolve(PREFIX + stamp + ".classlist");
    }

    boolean ready() {
        return Files.isRegularFile(archive());
    }

    /**
     * The JVM options for the kiosk process: map the archive when there is one, otherwise
     * record the classes this start loads so that one can be made. CDS messages are
     * silenced: a mismatched archive is simply not used, which is no news for the console.
     */
    List<String> jvmOptions() throws IOException {
        List<String> options = new ArrayList<>();
        if (ready()) {
            options.add("-XX:SharedArchiveFile=" + archive());
        } else {
            Files.createDirectories(directory);
            deleteOtherBuilds();
            options.add("-XX:DumpLoadedClassList=" + classList());
        }
        options.add("-Xshare:auto");
        options.add("-Xlog:cds=off");
        options.add("-Xlog:cds+dynamic=off");
        return options;
    }

    /**
     * The command that turns the recorded class list into the archive. It is written to a
     * temporary name and moved into place, so a kiosk starting meanwhile never maps half a file.
     */
    List<String> dumpCommand(Path javaExecutable) throws IOException {
        return List.of(javaExecutable.toString(), "-Xshare:dump", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:SharedClassListFile=" + classList(),
                "-XX:SharedArchiveFile=" + partialArchive(),
                "-cp", jar().toString());
    }

    Path partialArchive() {
        return directory.resolve(PREFIX + stamp + ".jsa.part");
    }

    /** Moves a completed dump into place; false when the dump left nothing usable. */
    boolean publishDump() throws IOException {
        Path part = partialArchive();
        if (!Files.isRegularFile(part) || Files.size(part) == 0) {
            Files.deleteIfExists(part);
            return false;
        }
        Files.move(part, archive(), StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(classList());
        return true;
    }

    private void deleteOtherBuilds() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*")) {
            for (Path file : files) {
                if (!file.getFileName().toString().startsWith(PREFIX + stamp + ".")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
