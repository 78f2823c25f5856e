package io.bilheteria.backend.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The harness's own promise: a test's schema goes, whatever its backend left behind. */
class TestDatabaseTest {

    @Test
    void dropEndsAConnectionStillReadingTheSchema() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresConfigured(), "needs " + TestDatabase.PG_ENV);
        TestDatabase db = TestDatabase.postgres();
        try (Connection straggler = DriverManager.getConnection(db.jdbcUrl()); var st = straggler.createStatement()) {
            st.execute("CREATE SCHEMA " + db.pgSchema());
            st.execute("CREATE TABLE seats (id INT)");
            straggler.setAutoCommit(false);
            st.executeQuery("SELECT COUNT(*) FROM seats").close(); // its transaction keeps a lock on the table

            assertTimeoutPreemptively(Duration.ofSeconds(30), db::drop, "the drop waited for the straggler");

            assertThat(straggler.isValid(2)).as("the straggler was ended").isFalse();
            try (Connection c = DriverManager.getConnection(System.getenv(TestDatabase.PG_ENV));
                 var check = c.prepareStatement("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
                check.setString(1, db.pgSchema());
                try (var rs = check.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the schema is gone").isZero();
                }
            }
        }
    }
}
