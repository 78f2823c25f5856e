package io.bilheteria.backend.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The connection pool and schema of one database, H2 or PostgreSQL. Migrations run
 * at start; several backend processes may share one PostgreSQL.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Vendor vendor;

    public enum Vendor { H2, POSTGRESQL }

    private Database(HikariDataSource dataSource, Vendor vendor) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens the database at {@code jdbcUrl} with at most {@code maxPoolSize} connections and migrates it. H2 URLs get the options
     * the shared SQL relies on, and {@code WRITE_DELAY=0} so that an acknowledged
     * commit is on disk before the answer leaves (it survives {@code kill -9}).
     */
    public static Database open(String jdbcUrl, int maxPoolSize, MeterRegistry metrics) {
        Vendor vendor = jdbcUrl.startsWith("jdbc:postgresql:") ? Vendor.POSTGRESQL : Vendor.H2;
        String url = vendor == Vendor.H2 ? h2Url(jdbcUrl) : jdbcUrl;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("bilheteria");
        config.setConnectionTimeout(10_000);
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
        return new Database(dataSource, vendor);
    }

    /** The default embedded database: an H2 file under {@code dir}. */
    public static String embeddedUrl(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data directory " + dir, e);
        }
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bilheteria");
    }

    private static String h2Url(String url) {
        StringBuilder out = new StringBuilder(url);
        appendIfAbsent(out, "MODE", "PostgreSQL");
        appendIfAbsent(out, "DATABASE_TO_LOWER", "TRUE");
        appendIfAbsent(out, "DEFAULT_NULL_ORDERING", "HIGH");
        appendIfAbsent(out, "LOCK_TIMEOUT", "10000");
        if (!url.startsWith("jdbc:h2:mem:")) {
            appendIfAbsent(out, "WRITE_DELAY", "0");
        }
        return out.toString();
    }

    private static void appendIfAbsent(StringBuilder url, String key, String value) {
        if (!url.toString().toUpperCase().contains(";" + key + "=")) {
            url.append(';').append(key).append('=').append(value);
        }
    }

    private static java.util.Optional<String> schemaOf(String url) {
        int at = url.indexOf("currentSchema=");
        if (at < 0) {
            return java.util.Optional.empty();
        }
        String rest = url.substring(at + "currentSchema=".length());
        int end = rest.indexOf('&');
        return java.util.Optional.of(end < 0 ? rest : rest.substring(0, end));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Vendor vendor() {
        return vendor;
    }

    public boolean isReachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
