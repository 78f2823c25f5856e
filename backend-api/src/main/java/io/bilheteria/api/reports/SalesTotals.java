package io.bilheteria.api.reports;

/**
 * What paid orders brought in: refunded orders are not counted. {@code grossCents} is what buyers
 * paid (tickets and products), split into the platform's fee and the partner's net.
 */
public record SalesTotals(long ticketsSold, long orders, long grossCents, long platformFeeCents, long partnerNetCents) {
    public static final SalesTotals NONE = new SalesTotals(0, 0, 0, 0, 0);
}
