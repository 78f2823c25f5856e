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
        return tx.inTransaction(() -> {
            OrderReader.visible(orders, caller, OrderRepository.Key.ID, orderId, false);
            return reissue(orderId, ticketId);
        });
    }

    /** A valid ticket of the order under a new code, in the caller's transaction. */
    Ticket reissue(String orderId, String ticketId) {
        var ticket = orders.ticketForReprint(orderId, ticketId)
                .orElseThrow(() -> DomainException.notFound("Ticket " + ticketId + " of this order"));
        if (!"VALID".equals(ticket.status())) {
            throw DomainException.conflict("Ticket " + ticketId + " was refunded; it cannot be printed again");
        }
        int version = ticket.version() + 1;
        String qr = signer.sign(new TicketCode(ticketId, version, ticket.sessionId(), Long.toString(ticket.spotId())));
        return orders.reissue(ticketId, version, qr, clock.millis());
    }
}
