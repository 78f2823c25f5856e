package io.bilheteria.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Últimos lugares" from a tenth of the seats left, "Esgotado" at none, whatever the room's size. */
class AvailabilityStateTest {

    @Test
    void theTheatreIsSellingOutFromItsLastTwentySeats() {
        assertThat(AvailabilityState.of(21, 200)).isEqualTo(AvailabilityState.AVAILABLE);
        assertThat(AvailabilityState.of(20, 200)).isEqualTo(AvailabilityState.SELLING_OUT);
        assertThat(AvailabilityState.of(1, 200)).isEqualTo(AvailabilityState.SELLING_OUT);
        assertThat(AvailabilityState.of(0, 200)).isEqualTo(AvailabilityState.SOLD_OUT);
    }

    @Test
    void theStadiumIsSellingOutFromItsLastTenthNotFromTwentySeats() {
        assertThat(AvailabilityState.of(6_049, 60_480)).isEqualTo(AvailabilityState.AVAILABLE);
        assertThat(AvailabilityState.of(6_048, 60_480)).isEqualTo(AvailabilityState.SELLING_OUT);
    }

    @Test
    void aBoxOfFiveIsSellingOutAtItsLastSeat() {
        assertThat(AvailabilityState.of(2, 5)).isEqualTo(AvailabilityState.AVAILABLE);
        assertThat(AvailabilityState.of(1, 5)).isEqualTo(AvailabilityState.SELLING_OUT);
    }
}
