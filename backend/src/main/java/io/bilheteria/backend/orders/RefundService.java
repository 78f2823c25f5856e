package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.CancelRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.shifts.ShiftService;
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.orders.OrderRepository.RefundableTicket;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.vouchers.VoucherRepository;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives back a paid order, whole or some of its tickets: those seats are on sale again at
 * once, those tickets revoked (the gates' next download carries it), and the card refunded
 * exactly what they cost. A whole refund also gives back the products and puts them back
 * in stock, but not the units a concession counter has already handed over. The order is
 * PARTIALLY_REFUNDED until everything that can be given back is, then REFUNDED.
 */
public final class RefundService {
    static final int MAX_TICKETS = 100;

    private final Transactions tx;
    private final Clock clock;
    private final PaymentGateway gateway;
    private final SalesMetrics metrics;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final SeatInventoryRepository inventory;
    private final ShiftService shifts;
    private final VoucherRepository vouchers;

    public RefundService(Transactions tx, Clock clock, PaymentGateway gateway, SalesMetrics metrics,
                         OrderRepository orders, PaymentRepository payments, SeatInventoryRepository inventory,
                         ShiftService shifts, VoucherRepository vouchers) {
        this.vouchers = vouchers;
        this.tx = tx;
        this.clock = clock;
        this.gateway = gateway;
        this.metrics = metrics;
        this.orders = orders;
        this.payments = payments;
        this.inventory = inventory;
        this.shifts = shifts;
    }

    /** {@code request} null or without ticket ids: the whole order (what is left of it). */
    public Order cancel(Principal caller, String orderId, CancelRequest request) {
        List<String> only = request == null ? null : request.ticketIds();
        checkTicketIds(only);
        return tx.inTransaction(() -> {
            var row = OrderReader.visible(orders, caller, OrderRepository.Key.ID, orderId, true);
            if (row.status() == OrderStatus.REFUNDED && only == null) {
                return orders.load(row);
            }
            if (row.status() != OrderStatus.PAID && row.status() != OrderStatus.PARTIALLY_REFUNDED) {
                throw DomainException.conflict("Only paid orders can be refunded; this one is " + row.status());
            }
            long now = clock.millis();
            RefundPolicy.check(orders.sessionStartsAt(row.sessionId()), now);
            String shiftId = shifts.shiftOf(caller);
            List<RefundableTicket> valid = orders.validTicketsForRefund(orderId);
            List<RefundableTicket> refunded = only == null ? valid : chosen(orderId, valid, only);
            List<VoucherRepository.HandedOver> handedOver = List.of();
            if (only == null) {
                // revoked before counting what was handed over: a counter redeeming at this moment either
                // finished first (and is counted) or finds the voucher revoked
                vouchers.revokeOrder(orderId, now);
                handedOver = vouchers.handedOver(orderId);
            }
            long amount = only == null
                    ? row.totalCents() - row.refundedCents()
                            - handedOver.stream().mapToLong(VoucherRepository.HandedOver::cents).sum()
                    : refunded.stream().mapToLong(RefundableTicket::priceCents).sum();
            long refundedSoFar = row.refundedCents() + amount;
            boolean whole = only == null || refundedSoFar >= row.totalCents();

            int seats = 0;
            if (!refunded.isEmpty()) {
                seats = inventory.refund(row.sessionId(), orderId,
                        refunded.stream().map(RefundableTicket::spotId).toList());
                orders.revokeTickets(orderId, refunded.stream().map(RefundableTicket::id).toList(), now);
                int halfPrice = (int) refunded.stream().filter(t -> t.type() == TicketType.HALF).count();
                if (halfPrice > 0) {
                    inventory.giveBackHalfPrice(row.sessionId(), halfPrice);
                }
            }
            if (only == null) {
                orders.restockProducts(orderId, handedOver.stream().collect(Collectors.toMap(
                        VoucherRepository.HandedOver::productId, VoucherRepository.HandedOver::units)));
            }
            orders.markRefunded(orderId, whole ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED, refundedSoFar,
                    now);
            PaymentRepository.Approved payment = payments.approvedOf(orderId);
            if (whole) {
                payments.markRefunded(payment.id(), now);
            }
            if (amount > 0) {
                String refundId = Ids.newId();
                payments.insertRefund(refundId, orderId, payment.id(), amount, caller.accountId(), shiftId, now);
                // inside the transaction: if the acquirer refuses, nothing changes here either
                gateway.refund(payment.authorization(), amount, "refund-" + refundId);
            }
            metrics.refund(seats);
            return orders.load(orders.row(OrderRepository.Key.ID, orderId, false).orElseThrow());
        });
    }

    private static void checkTicketIds(List<String> ids) {
        if (ids == null) {
            return;
        }
        if (ids.isEmpty() || ids.size() > MAX_TICKETS) {
            throw DomainException.invalid("'ticketIds' must name between 1 and " + MAX_TICKETS
                    + " tickets; leave it out to refund the whole order");
        }
        if (ids.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw DomainException.invalid("'ticketIds' must not hold empty ids");
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw DomainException.invalid("'ticketIds' names a ticket twice");
        }
    }

    /** The requested tickets, each still valid and of this order. */
    private List<RefundableTicket> chosen(String orderId, List<RefundableTicket> valid, List<String> ids) {
        Map<String, RefundableTicket> byId = valid.stream()
                .collect(Collectors.toMap(RefundableTicket::id, Function.identity()));
        for (String id : ids) {
            if (byId.containsKey(id)) {
                continue;
            }
            if (orders.ticketOfOrder(id, orderId)) {
                throw DomainException.conflict("Ticket " + id + " has already been refunded");
            }
            throw DomainException.notFound("Ticket " + id + " of this order");
        }
        return ids.stream().map(byId::get).toList();
    }
}
