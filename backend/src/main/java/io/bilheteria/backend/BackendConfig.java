package io.bilheteria.backend;

import io.bilheteria.backend.auth.TokenLifetimes;
import io.bilheteria.backend.backup.BackupSchedule;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.holds.HoldPolicy;
import io.bilheteria.backend.mail.MailSettings;
import io.bilheteria.backend.storage.Database;
import io.bilheteria.backend.tickets.KeyEncryption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a backend process is started with. {@code dbUrl} null means the embedded
 * H2 file database under {@code dataDir}; {@code demo} null means no demo data. An embedded
 * database that does not exist is created only with {@code createDatabase} or demo data: a
 * mistyped or vanished data directory must not start an empty box office.
 * {@code keyEncryption} says where the key sealing the ticket signing key comes from; {@code mail}
 * null means mail is written as files under {@code dataDir} instead of sent (the mail simulator);
 * {@code backups} null means the embedded database is backed up only when an admin asks.
 */
public record BackendConfig(
        String host,
        int port,
        String dbUrl,
        Path dataDir,
        DemoData.Size demo,
        HoldPolicy holdPolicy,
        Duration sweepEvery,
        TokenLifetimes tokenLifetimes,
        int passwordIterations,
        int maxPoolSize,
        boolean createDatabase,
        KeyEncryption keyEncryption,
        List<String> trustedProxies,
        MailSettings mail,
        BackupSchedule backups) {

    public BackendConfig {
        trustedProxies = List.copyOf(trustedProxies);
    }

    public static BackendConfig defaults() {
        return new BackendConfig("0.0.0.0", 8080, null, Path.of("data"), null, HoldPolicy.defaults(),
                Duration.ofSeconds(5), TokenLifetimes.defaults(), 210_000, defaultPoolSize(), false,
                KeyEncryption.besideTheDatabase(), List.of(), null, null);
    }

    /**
     * Two connections a core and one more (HikariCP's rule of thumb): more only make the
     * database switch between them. On 2 cores, 5 connections sold out the stadium 1.03x to
     * 1.23x faster than 20, with a sixth to a fifth less PostgreSQL CPU (docs/benchmarks.md).
     */
    static int defaultPoolSize() {
        return 2 * Runtime.getRuntime().availableProcessors() + 1;
    }

    public BackendConfig withPort(int p) {
        return new BackendConfig(host, p, dbUrl, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    public BackendConfig withHost(String h) {
        return new BackendConfig(h, port, dbUrl, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    public BackendConfig withDbUrl(String url) {
        return new BackendConfig(host, port, url, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    public BackendConfig withDataDir(Path dir) {
        return new BackendConfig(host, port, dbUrl, dir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    public BackendConfig withDemo(DemoData.Size size) {
        return new BackendConfig(host, port, dbUrl, dataDir, size, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    public BackendConfig withHoldPolicy(HoldPolicy policy) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, policy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    public BackendConfig withSweepEvery(Duration every) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, holdPolicy, every, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    public BackendConfig withPasswordIterations(int iterations) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                iterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    public BackendConfig withMaxPoolSize(int size) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, size, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    public BackendConfig withCreateDatabase(boolean create) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, create, keyEncryption, trustedProxies, mail, backups);
    }

    /** Where the key that seals the ticket signing key comes from; see {@link KeyEncryption}. */
    public BackendConfig withKeyEncryption(KeyEncryption encryption) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, encryption, trustedProxies, mail, backups);
    }

    public BackendConfig withTokenLifetimes(TokenLifetimes lifetimes) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, holdPolicy, sweepEvery, lifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, backups);
    }

    /**
     * The addresses of reverse proxies whose {@code X-Forwarded-For} names the real client;
     * without any the header is ignored, since any client can send it.
     */
    public BackendConfig withTrustedProxies(List<String> proxies) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, proxies, mail, backups);
    }

    /** Sends mail through this SMTP server instead of writing it to files. */
    public BackendConfig withMail(MailSettings settings) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, settings, backups);
    }

    /** Backs the embedded database up on this schedule (null: only when an admin asks). */
    public BackendConfig withBackups(BackupSchedule schedule) {
        return new BackendConfig(host, port, dbUrl, dataDir, demo, holdPolicy, sweepEvery, tokenLifetimes,
                passwordIterations, maxPoolSize, createDatabase, keyEncryption, trustedProxies, mail, schedule);
    }

    /** Where the mail simulator writes each message when no SMTP server is set. */
    public Path mailFolder() {
        return dataDir.resolve("mail");
    }

    /** May an embedded database that is not there be made: when asked to, or to seed demo data in. */
    public boolean mayCreateDatabase() {
        return createDatabase || demo != null;
    }

    public String effectiveDbUrl() {
        return dbUrl != null ? dbUrl : Database.embeddedUrl(dataDir);
    }
}
