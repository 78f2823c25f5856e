package io.bilheteria.backend.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.backend.common.Ids;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/**
 * Repositories call one another outside a transaction too (an order's load reads its tickets):
 * a read inside a read must not take a second connection from the pool while it holds the
 * first, or a busy backend whose every connection is held by such a read waits for connections
 * that never come back. Jdbi reuses the thread's open handle; this holds us to it.
 */
class TransactionsTest {

    @Test
    void readsInsideReadsUseOneConnectionEvenBeyondThePoolsSize() {
        // two connections (Flyway needs them at start), three reads one inside the other
        try (Database database = Database.open("jdbc:h2:mem:" + Ids.newId() + ";DB_CLOSE_DELAY=-1", 2,
                new SimpleMeterRegistry(), true)) {
            Transactions tx = new Transactions(database);

            boolean sameConnection = tx.withHandle(outer -> tx.withHandle(middle -> tx.withHandle(inner ->
                    inner.getConnection() == outer.getConnection() && middle.getConnection() == outer.getConnection())));

            assertThat(sameConnection).isTrue();
        }
    }

    @Test
    void aTransactionOpenedInsideAReadIsStillATransaction() {
        try (Database database = Database.open("jdbc:h2:mem:" + Ids.newId() + ";DB_CLOSE_DELAY=-1", 2,
                new SimpleMeterRegistry(), true)) {
            Transactions tx = new Transactions(database);

            boolean inTransaction = tx.withHandle(read -> tx.inTransaction(h -> h.isInTransaction()));

            assertThat(inTransaction).isTrue();
        }
    }
}
