package io.bilheteria.backend.holds;

import io.bilheteria.backend.inventory.SeatInventoryRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts seats of expired holds back on sale. Every statement is conditional, so several
 * backend processes may sweep the same database at once without harm.
 */
public final class HoldSweeper {
    private static final Logger log = LoggerFactory.getLogger(HoldSweeper.class);
    private final SeatInventoryRepository inventory;
    private final Clock clock;

    public HoldSweeper(SeatInventoryRepository inventory, Clock clock) {
        this.inventory = inventory;
        this.clock = clock;
    }

    /** Releases everything expired now; returns the number of seats freed. */
    public int sweep() {
        int seats = inventory.sweepExpired(clock.millis());
        if (seats > 0) {
            log.info("released {} seats of expired holds", seats);
        }
        return seats;
    }
}
