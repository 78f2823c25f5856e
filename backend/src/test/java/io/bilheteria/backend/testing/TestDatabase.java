package io.bilheteria.backend.testing;

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

    public static TestDatabase postgres() {
        String base = System.getenv(PG_ENV);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase("PostgreSQL", url, schema);
    }

    /** Drops what the test created; H2 in-memory databases are dropped by their backend. */
    public void drop() {
        if (pgSchema == null) {
            return;
        }
        try (var c = DriverManager.getConnection(System.getenv(PG_ENV)); var st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + pgSchema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + pgSchema, e);
        }
    }
}
