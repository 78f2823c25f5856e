package io.bilheteria.kiosk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The startup archive's life with real JVMs: a first start records its classes, the dump
 * makes an archive the next start maps, and a new build of the jar starts over.
 */
class StartupArchiveTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    @Test
    void aRecordedStartBecomesAnArchiveThatTheNextStartMaps() throws Exception {
        Path jar = probeJar(dir.resolve("app.jar"));
        StartupArchive archive = StartupArchive.of(dir.resolve("data"), jar);
        assertThat(archive.ready()).isFalse();

        List<String> firstStart = archive.jvmOptions();
        assertThat(firstStart).anyMatch(option -> option.startsWith("-XX:DumpLoadedClassList="));
        assertThat(run(firstStart, archive.jar()).output).contains("probe ran");
        assertThat(Files.readString(archive.classList())).contains(ArchiveProbe.class.getName().replace('.', '/'));

        assertThat(run(archive.dumpCommand(JAVA)).exitCode).isZero();
        assertThat(archive.publishDump()).isTrue();
        assertThat(archive.ready()).isTrue();
        assertThat(archive.classList()).doesNotExist();

        List<String> nextStart = new ArrayList<>(archive.jvmOptions());
        assertThat(nextStart).contains("-XX:SharedArchiveFile=" + archive.archive());
        // -Xshare:on refuses to start unless the archive really maps, and the class comes from it.
        nextStart.replaceAll(option -> option.equals("-Xshare:auto") ? "-Xshare:on" : option);
        nextStart.add("-Xlog:class+load=info");
        Result mapped = run(nextStart, archive.jar());
        assertThat(mapped.exitCode).isZero();
        assertThat(mapped.output).containsPattern(ArchiveProbe.class.getName() + " source: shared objects file");
    }

    @Test
    void aRebuildWithTheSameContentKeepsTheArchiveAndANewBuildDropsIt() throws Exception {
        Path jar = probeJar(dir.resolve("app.jar"));
        StartupArchive old = StartupArchive.of(dir.resolve("data"), jar);
        old.jvmOptions();
        Path oldCopy = old.jar();
        Files.writeString(old.archive(), "an archive of this build");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(StartupArchive.of(dir.resolve("data"), jar).ready()).isTrue();

        try (var out = Files.newOutputStream(jar, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(0);
        }
        StartupArchive rebuilt = StartupArchive.of(dir.resolve("data"), jar);
        assertThat(rebuilt.ready()).isFalse();
        rebuilt.jvmOptions();

        assertThat(old.archive()).doesNotExist();
        assertThat(oldCopy).doesNotExist();
        assertThat(rebuilt.jar()).isNotEqualTo(oldCopy).exists();
    }

    @Test
    void aFailedDumpPublishesNothing() throws Exception {
        StartupArchive archive = StartupArchive.of(dir.resolve("data"), probeJar(dir.resolve("app.jar")));
        archive.jvmOptions();
        Files.write(archive.partialArchive(), new byte[0]);

        assertThat(archive.publishDump()).isFalse();
        assertThat(archive.ready()).isFalse();
        assertThat(archive.partialArchive()).doesNotExist();
    }

    private static Path probeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ArchiveProbe.class.getName());
        String entry = ArchiveProbe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             InputStream in = ArchiveProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private static Result run(List<String> jvmOptions, Path jar) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return run(command);
    }

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
