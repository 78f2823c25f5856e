package io.bilheteria.backend.holds;

import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts seats of expired holds back on sale. Every statement is conditional, so several
 * backend processes may sweep the same database at once without harm.
 */
public final class HoldSweeper {
    private static final Logger log = LoggerFactory.getLogger(HoldSweeper.class);
    private final Transactions tx;
    private final Clock clock;

    public HoldSweeper(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Releases everything expired now; returns the number of seats freed. */
    public int sweep() {
        long now = clock.millis();
        return tx.inTransaction(h -> {
            int seats = h.createUpdate("UPDATE session_seats SET status = 'AVAILABLE', hold_id = NULL, "
                            + "held_until = NULL WHERE status = 'HELD' AND held_until < :now")
                    .bind("now", now).execute();
            h.createUpdate("UPDATE orders SET status = 'EXPIRED' WHERE status = 'PENDING_PAYMENT' AND hold_id IN "
                            + "(SELECT id FROM holds WHERE status = 'ACTIVE' AND expires_at < :now)")
                    .bind("now", now).execute();
            h.createUpdate("UPDATE holds SET status = 'EXPIRED' WHERE status = 'ACTIVE' AND expires_at < :now")
                    .bind("now", now).execute();
            if (seats > 0) {
                log.info("released {} seats of expired holds", seats);
            }
            return seats;
        });
    }
}
