package io.bilheteria.api.orders;

/**
 * The price a seat is sold at: FULL (inteira) or HALF (meia-entrada, half the section's price
 * rounded down to the cent, by Brazilian law for students, seniors and others). A HALF ticket
 * is only sold where someone can see the holder's document: at the box office, and the gate
 * asks for it again.
 */
public enum TicketType {
    FULL, HALF;

    /** What this type costs for a seat of a section priced {@code sectionPriceCents}. */
    public long priceCents(long sectionPriceCents) {
        return this == HALF ? sectionPriceCents / 2 : sectionPriceCents;
    }
}
