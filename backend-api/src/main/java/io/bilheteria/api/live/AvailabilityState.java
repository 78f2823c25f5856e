package io.bilheteria.api.live;

/** How much of a session or section is left to sell. */
public enum AvailabilityState {
    AVAILABLE,
    /** "Últimos lugares": at most {@link #SELLING_OUT_PERCENT} % of the seats left, or the last one. */
    SELLING_OUT,
    /** "Esgotado": no seat available. */
    SOLD_OUT;

    /**
     * A tenth of the seats: 20 seats of the 200-seat theatre, a stand's last rows in the stadium. A
     * fixed count would say "selling out" for a stadium that still has thousands, or never for a small room.
     */
    public static final int SELLING_OUT_PERCENT = 10;

    public static AvailabilityState of(long available, long seats) {
        if (available <= 0) {
            return SOLD_OUT;
        }
        // the last seat of a small box counts too: a tenth of five seats is none
        return available * 100 <= seats * SELLING_OUT_PERCENT || available == 1 ? SELLING_OUT : AVAILABLE;
    }
}
