package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.CollectRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.Channel;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.customers.Cpf;
import io.bilheteria.backend.customers.CustomerService;
import io.bilheteria.backend.storage.Transactions;
import java.util.Locale;
import java.util.Objects;

/**
 * "Retirar ingressos": a buyer collects at a kiosk the tickets of an order bought online or by
 * phone, with its code and their e-mail or CPF. An order bought online prints as it is the first
 * time; an order printed before (collected already, or sold where it was printed) follows the
 * reprint rule: every valid ticket gets a new code (REIMPRESSÃO #n) and the earlier paper is refused.
 */
public final class TicketCollection {
    /** The same answer for a wrong code and a wrong e-mail or CPF: the kiosk is no oracle of codes. */
    private static final String NOT_FOUND = "No paid order with this code for this e-mail or CPF";
    private final Transactions tx;
    private final OrderRepository orders;
    private final TicketReprints reprints;

    public TicketCollection(Transactions tx, OrderRepository orders, TicketReprints reprints) {
        this.tx = tx;
        this.orders = orders;
        this.reprints = reprints;
    }

    public Order collect(Principal caller, CollectRequest request) {
        if (request == null || request.code() == null || request.code().isBlank()) {
            throw DomainException.invalid("'code' is required: the order code on the receipt");
        }
        boolean byEmail = request.email() != null && !request.email().isBlank();
        boolean byCpf = request.cpf() != null && !request.cpf().isBlank();
        if (byEmail == byCpf) {
            throw DomainException.invalid("give either 'email' or 'cpf' of the buyer");
        }
        String email = byEmail ? CustomerService.normalizeEmail(request.email().strip()) : null;
        String cpf = byCpf ? Cpf.normalize(request.cpf())
                .orElseThrow(() -> DomainException.invalid("'cpf' is not a valid CPF")) : null;
        String code = request.code().strip().toUpperCase(Locale.ROOT);
        return tx.inTransaction(() -> {
            OrderRepository.ToCollect found = orders.toCollect(code)
                    .filter(o -> byEmail ? email.equals(o.order().email()) || email.equals(o.customerEmail())
                            : Objects.equals(cpf, o.customerCpf()))
                    .filter(o -> caller.limitedToPartner() == null
                            || caller.limitedToPartner().equals(o.order().partnerId()))
                    .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, NOT_FOUND));
            OrderRepository.OrderRow order = found.order();
            if (order.status() != OrderStatus.PAID && order.status() != OrderStatus.PARTIALLY_REFUNDED) {
                throw DomainException.conflict(order.status() == OrderStatus.REFUNDED
                        ? "This order was refunded; it has no tickets to print"
                        : "This order is not paid; it has no tickets to print");
            }
            boolean printedBefore = found.collectedCount() > 0 || !Channel.ONLINE.name().equals(order.channel());
            if (printedBefore) {
                for (OrderRepository.RefundableTicket ticket : orders.validTicketsForRefund(order.id())) {
                    reprints.reissue(order.id(), ticket.id());
                }
            }
            orders.markCollected(order.id());
            return orders.load(orders.row(OrderRepository.Key.ID, order.id(), false).orElseThrow());
        });
    }
}
