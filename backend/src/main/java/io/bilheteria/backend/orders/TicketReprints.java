package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketSigner;
import java.time.Clock;

/**
 * Prints a ticket again at the box office (lost, torn, unreadable): the ticket is signed anew
 * with its version + 1, so the earlier paper is refused as REVOKED at every gate, online at
 * once and offline from the gates' next download (the version and updated_at change).
 */
public final class TicketReprints {
    private final Transactions tx;
    private final Clock clock;
    private final TicketSigner signer;

    private final OrderRepository orders;

    public TicketReprints(Transactions tx, Clock clock, TicketSigner signer, OrderRepository orders) {
        this.orders = orders;
        this.tx = tx;
        this.clock = clock;
        this.signer = signer;
    }

    public Ticket reprint(Principal caller, String orderId, String ticketId) {
        return tx.inTransaction(h -> {
            OrderReader.visible(orders, caller, OrderRepository.Key.ID, orderId, false);
            var ticket = h.createQuery("SELECT session_id, spot_id, version, status FROM tickets "
                            + "WHERE id = :t AND order_id = :o FOR UPDATE")
                    .bind("t", ticketId).bind("o", orderId)
                    .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4)})
                    .findOne()
                    .orElseThrow(() -> DomainException.notFound("Ticket " + ticketId + " of this order"));
            if (!"VALID".equals(ticket[3])) {
                throw DomainException.conflict("Ticket " + ticketId + " was refunded; it cannot be printed again");
            }
            int version = (int) ticket[2] + 1;
            String qr = signer.sign(new TicketCode(ticketId, version, (String) ticket[0], Long.toString((long) ticket[1])));
            h.createUpdate("UPDATE tickets SET version = :v, qr = :qr, reprint_count = reprint_count + 1, "
                            + "updated_at = :now WHERE id = :t")
                    .bind("v", version).bind("qr", qr).bind("now", clock.millis()).bind("t", ticketId).execute();
            return h.createQuery("SELECT " + OrderRepository.TICKET_COLUMNS + " FROM tickets WHERE id = :t")
                    .bind("t", ticketId).map(OrderRepository::ticket).one();
        });
    }
}
