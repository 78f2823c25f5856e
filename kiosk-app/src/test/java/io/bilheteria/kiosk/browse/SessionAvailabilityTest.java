package io.bilheteria.kiosk.browse;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SessionSummary;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionAvailabilityTest {
    @Test
    void aSessionWithLessThanATenthOfItsSeatsFreeIsSellingOut() {
        assertThat(SessionAvailability.of(session(200, 0))).isEqualTo(SessionAvailability.SOLD_OUT);
        assertThat(SessionAvailability.of(session(200, 19))).isEqualTo(SessionAvailability.FEW_LEFT);
        assertThat(SessionAvailability.of(session(200, 20))).isEqualTo(SessionAvailability.AVAILABLE);
    }

    private static SessionSummary session(int total, int available) {
        return new SessionSummary("s1", Instant.parse("2026-03-14T23:00:00Z"), total, available, false, 40, total * 40 / 100, 0);
    }
}
