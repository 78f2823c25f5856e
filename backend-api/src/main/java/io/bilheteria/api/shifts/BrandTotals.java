package io.bilheteria.api.shifts;

/**
 * The card payments of one brand in a shift: VISA, MASTERCARD, ELO, AMEX or OTHER (told by
 * the card number's prefix). A sale refunded later counts as a sale and as a refund.
 */
public record BrandTotals(String brand, int sales, long salesCents, int refunds, long refundsCents) {
}
