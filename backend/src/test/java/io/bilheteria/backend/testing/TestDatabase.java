package io.bilheteria.backend.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one test: an in-memory H2 always, and PostgreSQL (its own
 * schema, dropped afterwards) when {@code BILHETERIA_TEST_PG_URL} is set, as in CI.
 */
public record TestDatabase(String name, String jdbcUrl, String pgSchema) {
    public static final String PG_ENV = "BILHETERIA_TEST_PG_URL";
    /** For {@code @MethodSource(TestDatabase.ALL)}: every test that stores runs on each database. */
    public static final String ALL = "io.bilheteria.backend.testing.TestDatabase#all";
    /** PostgreSQL's answers to a DROP that met a straggler: deadlock_detected, lock_not_available. */
    private static final List<String> DROP_AGAIN = List.of("40P01", "55P03");
    private static final int DROP_ATTEMPTS = 5;

    @Override
    public String toString() {
        return name;
    }

    /** One H2, plus one PostgreSQL when available: for {@code @MethodSource}. */
    public static Stream<TestDatabase> all() {
        List<TestDatabase> dbs = new ArrayList<>();
        dbs.add(h2());
        if (postgresConfigured()) {
            dbs.add(postgres());
        }
        return dbs.stream();
    }

    public static boolean postgresConfigured() {
        String url = System.getenv(PG_ENV);
        return url != null && !url.isBlank();
    }

    public static TestDatabase h2() {
        return new TestDatabase("H2", "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1", null);
    }

    /** An embedded H2 database file, {@code bilheteria.mv.db} in {@code directory}, as the bundled backend keeps one. */
    public static TestDatabase h2File(java.nio.file.Path directory) {
        return new TestDatabase("H2 file", "jdbc:h2:file:" + directory.toAbsolutePath().resolve("bilheteria"), null);
    }

    /**
     * A schema of its own; every connection to it, also from a backend process, names the schema as its
     * pgjdbc {@code ApplicationName}, so that {@link #drop()} can find the ones still open.
     */
    public static TestDatabase postgres() {
        String base = System.getenv(PG_ENV);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&ApplicationName=" + schema;
        return new TestDatabase("PostgreSQL", url, schema);
    }

    /** The host and port of a PostgreSQL database's server. */
    java.net.URI serverUri() {
        return java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
    }

    /** This PostgreSQL database reached through {@code proxy}, which a test can cut and restore. */
    public TestDatabase through(TcpProxy proxy) {
        java.net.URI server = serverUri();
        return new TestDatabase(name + " via a proxy", jdbcUrl.replace(server.getHost() + ":" + server.getPort(),
                "127.0.0.1:" + proxy.port()), pgSchema);
    }

    /**
     * Drops what the test created, once its backends are closed. On PostgreSQL a connection a
     * closed pool left behind (a query the server is still running for a client that is gone)
     * is terminated first: it would hold locks the DROP needs, and a DROP that meets it
     * anyway is tried again.
     */
    public void drop() {
        if (pgSchema == null) {
            shutDownH2();
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection c = DriverManager.getConnection(System.getenv(PG_ENV)); var st = c.createStatement()) {
                st.execute("SET lock_timeout = '5s'");
                try (var terminate = c.prepareStatement("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
                        + " WHERE application_name = ? AND pid <> pg_backend_pid()")) {
                    terminate.setString(1, pgSchema);
                    terminate.execute();
                }
                st.execute("DROP SCHEMA IF EXISTS " + pgSchema + " CASCADE");
                return;
            } catch (SQLException e) {
                if (attempt == DROP_ATTEMPTS || !DROP_AGAIN.contains(e.getSQLState())) {
                    throw new IllegalStateException("could not drop test schema " + pgSchema + " (attempt " + attempt
                            + ")", e);
                }
            }
        }
    }

    /** An in-memory H2 outlives its pool (DB_CLOSE_DELAY=-1): without this it stays in the heap until the fork ends. */
    private void shutDownH2() {
        if (jdbcUrl.startsWith("jdbc:h2:file:")) {
            return; // closed with the backend's last connection; the file stays in the test's folder
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl); var st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not shut down test database " + jdbcUrl, e);
        }
    }
}
