package io.bilheteria.backend.inventory;

import io.bilheteria.backend.common.DomainException;

/**
 * The meia-entrada rule (Lei 12.933/2013): of each session's seats, at most a share is sold at
 * half price, 40 % unless its partner sets another. The count is kept by {@link SeatInventoryRepository}.
 */
public final class HalfPrice {
    /** The legal share; a session that never set its own has it. */
    public static final int LEGAL_PERCENT = 40;

    private HalfPrice() {
    }

    /** How many of {@code seats} may be sold at half price with {@code percent}: rounded down. */
    public static int cap(int seats, int percent) {
        return (int) ((long) seats * percent / 100);
    }

    public static int validPercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw DomainException.invalid("'halfPriceCapPercent' must be from 0 to 100, not " + percent);
        }
        return percent;
    }

    /** The refusal when a sale would pass the cap. */
    public static DomainException limitReached(int left) {
        return new DomainException(DomainException.Kind.HALF_PRICE_LIMIT, left == 0
                ? "No half-price (meia-entrada) tickets are left for this session; choose full price (inteira)"
                : "Only " + left + " half-price (meia-entrada) " + (left == 1 ? "ticket is" : "tickets are")
                + " left for this session; choose full price (inteira) for the others");
    }
}
