package io.bilheteria.backend.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool and schema of one database, H2 or PostgreSQL. Migrations run
 * at start; several backend processes may share one PostgreSQL. A connection that failed
 * because the store broke is dropped by the pool, so the next one finds the store as it is
 * now: the backend heals without a restart once the store works again.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Vendor vendor;
    private final Optional<EmbeddedFile> embeddedFile;

    public enum Vendor { H2, POSTGRESQL }

    private Database(HikariDataSource dataSource, Vendor vendor, Optional<EmbeddedFile> embeddedFile) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.embeddedFile = embeddedFile;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens the database at {@code jdbcUrl} with at most {@code maxPoolSize} connections and migrates it. H2 URLs get the options
     * the shared SQL relies on, and {@code WRITE_DELAY=0} so that an acknowledged
     * commit is on disk before the answer leaves (it survives {@code kill -9}). An embedded H2
     * file must exist and be writable; it is created only when {@code mayCreate}, and is never
     * made anew behind the backend's back later ({@code IFEXISTS}).
     */
    public static Database open(String jdbcUrl, int maxPoolSize, MeterRegistry metrics, boolean mayCreate) {
        Vendor vendor = jdbcUrl.startsWith("jdbc:postgresql:") ? Vendor.POSTGRESQL : Vendor.H2;
        Optional<EmbeddedFile> embedded = EmbeddedFile.of(jdbcUrl);
        String url = vendor == Vendor.H2 ? h2Url(jdbcUrl) : jdbcUrl;
        if (embedded.isPresent()) {
            embedded.get().checkBeforeOpening(mayCreate);
            if (!embedded.get().exists()) {
                createEmpty(url);
            }
            url = url + ";IFEXISTS=TRUE";
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("bilheteria");
        // a store that is down answers 503 after this long, not after the pool's default 30 s
        config.setConnectionTimeout(3_000);
        config.setExceptionOverride(new DropBrokenH2Connections());
        config.setMetricRegistry(metrics); // hikaricp_connections_* in /metrics: a pool too small shows as pending
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            var flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/common")
                    .validateOnMigrate(true);
            // pgjdbc's currentSchema lets tests and tenants use their own schema; Flyway creates it
            schemaOf(url).ifPresent(flyway::schemas);
            flyway.load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, vendor, embedded);
    }

    /** H2 keeps a connection "valid" after its database closed itself on a write error: the pool must drop it. */
    private static final class DropBrokenH2Connections implements SQLExceptionOverride {
        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            return StoreFailures.isH2Fatal(e) ? SQLExceptionOverride.Override.MUST_EVICT
                    : SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }

    private static void createEmpty(String h2Url) {
        try {
            DriverManager.getConnection(h2Url).close();
        } catch (SQLException e) {
            throw new StoreRefusedException("cannot create the database: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The default embedded database: an H2 file under {@code dir}. */
    public static String embeddedUrl(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bilheteria");
    }

    /** An H2 URL with the settings every connection to our database needs (the shared SQL's dialect, durability). */
    public static String h2Url(String url) {
        StringBuilder out = new StringBuilder(url);
        appendIfAbsent(out, "MODE", "PostgreSQL");
        appendIfAbsent(out, "DATABASE_TO_LOWER", "TRUE");
        appendIfAbsent(out, "DEFAULT_NULL_ORDERING", "HIGH");
        appendIfAbsent(out, "LOCK_TIMEOUT", "10000");
        if (!url.startsWith("jdbc:h2:mem:")) {
            appendIfAbsent(out, "WRITE_DELAY", "0");
            // errors are logged by the backend; H2's own trace file would reappear in a deleted data directory
            appendIfAbsent(out, "TRACE_LEVEL_FILE", "0");
        }
        return out.toString();
    }

    private static void appendIfAbsent(StringBuilder url, String key, String value) {
        if (!url.toString().toUpperCase().contains(";" + key + "=")) {
            url.append(';').append(key).append('=').append(value);
        }
    }

    private static Optional<String> schemaOf(String url) {
        int at = url.indexOf("currentSchema=");
        if (at < 0) {
            return Optional.empty();
        }
        String rest = url.substring(at + "currentSchema=".length());
        int end = rest.indexOf('&');
        return Optional.of(end < 0 ? rest : rest.substring(0, end));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The embedded database's file, when there is one. */
    public Optional<EmbeddedFile> embeddedFile() {
        return embeddedFile;
    }

    /**
     * Lets go of a broken embedded database so that the next connection opens its file afresh:
     * H2 keeps an instance that went read-only, or closed itself after a write error, for as long
     * as any connection to it is open, and new connections join it.
     */
    void reopenEmbedded() {
        if (embeddedFile.isEmpty()) {
            return;
        }
        var pool = dataSource.getHikariPoolMXBean();
        if (pool != null) {
            pool.softEvictConnections();
        }
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY");
            log.warn("embedded database closed after a storage failure; it is opened again from its file");
        } catch (SQLException e) {
            // already closed, or its file cannot be opened now: the evicted pool opens it when it can
            log.debug("embedded database not shut down: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
