package io.bilheteria.backend.testing;

import io.bilheteria.backend.tickets.KeyEncryption;
import io.bilheteria.client.BilheteriaClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged backend jar ({@code -Dbackend.jar}) running as a real operating-system
 * process: {@code java -jar bilheteria-backend.jar --port 0 --db URL --demo}. Its output
 * goes to a log file (so a full pipe can never stall it), which is read until the
 * contract's {@code listening on port N} line appears.
 */
public final class BackendProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("^listening on port (\\d+)$");

    private final Process process;
    private final Path log;
    private final int port;

    private BackendProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the jar on {@code jdbcUrl} with the full demo and any {@code moreOptions}, waiting up to
     * {@code patience} for it to listen.
     */
    public static BackendProcess start(String jdbcUrl, Path log, Duration patience, String... moreOptions)
            throws IOException {
        return start(jdbcUrl, log, patience, Map.of(KeyEncryption.ENVIRONMENT, TestBackend.KEY_ENCRYPTION_KEY),
                moreOptions);
    }

    /** With {@code environment} set for the process: none of the parent's {@code BILHETERIA_*} variables pass. */
    public static BackendProcess start(String jdbcUrl, Path log, Duration patience, Map<String, String> environment,
                                       String... moreOptions) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar(),
                "--port", "0", "--db", jdbcUrl, "--demo"));
        command.addAll(List.of(moreOptions));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("BILHETERIA_"));
        builder.environment().putAll(environment);
        long offset = Files.exists(log) ? Files.size(log) : 0; // a log shared with an earlier process
        Process process = builder.start();
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Integer port = listeningPort(log, offset);
                if (port != null) {
                    return new BackendProcess(process, log, port);
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("backend exited with " + process.exitValue() + "; output:\n"
                            + tail(log));
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("backend did not print 'listening on port N' within " + patience
                    + "; output:\n" + tail(log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /**
     * Runs the jar with exactly {@code args} (no demo, no port) until it exits, for starts that
     * must be refused; returns its exit code, its output in {@code log}.
     */
    public static int exitCodeOf(Path log, Duration patience, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-jar", jar()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("BILHETERIA_"));
        Process process = builder.start();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("backend did not exit within " + patience + "; output:\n" + tail(log));
        }
        return process.exitValue();
    }

    private static String jar() {
        String jar = System.getProperty("backend.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property backend.jar must name the packaged jar, was " + jar);
        }
        return jar;
    }

    /** The port of a complete {@code listening on port N} line written after {@code offset}. */
    private static Integer listeningPort(Path log, long offset) throws IOException {
        if (!Files.exists(log) || Files.size(log) <= offset) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(log);
        String text = new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8);
        int complete = text.lastIndexOf('\n');
        if (complete < 0) {
            return null;
        }
        Integer port = null;
        for (String line : text.substring(0, complete).split("\n")) {
            Matcher m = LISTENING.matcher(line.strip());
            if (m.matches()) {
                port = Integer.parseInt(m.group(1));
            }
        }
        return port;
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** A client with no token, patient enough for a busy shared machine. */
    public BilheteriaClient anonymous() {
        return BilheteriaClient.builder().baseUrl(baseUrl()).readTimeout(Duration.ofSeconds(30)).build();
    }

    /** A client logged in as a demo account: {@code as("kiosk")}, {@code as("customer")}... */
    public BilheteriaClient as(String demoUser) {
        BilheteriaClient client = anonymous();
        client.login(demoUser.equals("customer") ? DemoAccounts.CUSTOMER_EMAIL : demoUser,
                DemoAccounts.password(demoUser));
        return client;
    }

    /** {@code kill -9}: no shutdown hook, no flush, nothing. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("backend " + process.pid() + " survived SIGKILL");
        }
    }

    public String output() {
        return tail(log);
    }

    /** Stops the process (politely, then forcibly); safe to call twice. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
