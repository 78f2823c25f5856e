package io.bilheteria.backend.orders;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.Channel;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.inventory.HalfPrice;
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.customers.CustomerService;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders: a hold plus products becomes an order awaiting payment, which can be looked up
 * (refunds are {@link RefundService}'s).
 */
public final class OrderService {
    static final int MAX_PRODUCT_QUANTITY = 50;

    private final Transactions tx;
    private final Clock clock;
    private final OrderRepository orders;
    private final SeatInventoryRepository inventory;

    public OrderService(Transactions tx, Clock clock, OrderRepository orders, SeatInventoryRepository inventory) {
        this.inventory = inventory;
        this.tx = tx;
        this.clock = clock;
        this.orders = orders;
    }

    /** Creates the order of a hold, or replaces the not-yet-paid order of the same hold (the cart changed). */
    public OrderCreated create(Principal caller, OrderRequest request) {
        Channel channel = Channel.of(caller.role())
                .orElseThrow(() -> DomainException.forbidden("Only kiosks, cashiers and customers place orders"));
        if (request == null || request.holdId() == null || request.holdId().isBlank()) {
            throw DomainException.invalid("'holdId' is required");
        }
        String email = request.email() == null || request.email().isBlank() ? null
                : CustomerService.normalizeEmail(request.email());
        Map<String, Integer> wanted = productQuantities(request.products());
        Map<String, TicketType> types = TicketTypes.requested(request.ticketTypes());
        return tx.inTransaction(() -> {
            var hold = orders.holdToOrder(request.holdId())
                    .filter(found -> found.accountId().equals(caller.accountId()))
                    .orElseThrow(() -> DomainException.notFound("Hold " + request.holdId()));
            long now = clock.millis();
            if (!"ACTIVE".equals(hold.status()) || hold.expiresAt() < now) {
                throw holdExpired();
            }
            List<OrderRepository.HeldSeat> seats = orders.heldSeats(request.holdId());
            if (seats.isEmpty()) {
                throw holdExpired();
            }
            TicketTypes.checkSeatsHeld(types, seats.stream().map(seat -> Long.toString(seat.spotId())).toList());
            int halfPrice = TicketTypes.halfPriceCount(types);
            if (halfPrice > 0) {
                // told now, before the card; the sale itself takes them from the cap for good
                int left = inventory.halfPriceLeft(hold.sessionId());
                if (halfPrice > left) {
                    throw HalfPrice.limitReached(left);
                }
            }
            String eventId = seats.get(0).eventId();
            String customerId = customerFor(caller, request.customerId());
            String receiptEmail = email != null ? email
                    : customerId == null ? null : orders.customerEmail(customerId).orElse(null);

            List<OrderRepository.NewItem> lines = new ArrayList<>();
            long total = 0;
            for (OrderRepository.HeldSeat seat : seats) {
                TicketType type = types.getOrDefault(Long.toString(seat.spotId()), TicketType.FULL);
                long price = type.priceCents(seat.priceCents());
                lines.add(new OrderRepository.NewItem("SEAT", Long.toString(seat.spotId()),
                        seat.section() + " row " + seat.rowLabel() + " seat " + seat.number(), 1, price, type.name()));
                total += price;
            }
            for (var entry : wanted.entrySet()) {
                OrderRepository.ProductRow p = orders.product(entry.getKey())
                        .filter(row -> row.eventId().equals(eventId))
                        .orElseThrow(() -> DomainException.invalid("Product " + entry.getKey() + " is not sold with this event"));
                if (p.stock() < entry.getValue()) {
                    throw new DomainException(DomainException.Kind.OUT_OF_STOCK,
                            "Only " + p.stock() + " left of " + p.name());
                }
                lines.add(new OrderRepository.NewItem("PRODUCT", p.id(), p.name(), entry.getValue(), p.priceCents(), null));
                total += p.priceCents() * entry.getValue();
            }
            String currency = seats.get(0).currency();

            String orderId;
            String code;
            if (hold.orderId() != null) {
                if (hold.orderStatus() != OrderStatus.PENDING_PAYMENT) {
                    throw DomainException.conflict("This hold already has an order in status " + hold.orderStatus());
                }
                if (hold.paymentPending()) {
                    throw new DomainException(DomainException.Kind.PAYMENT_IN_PROGRESS, "A payment for this order is in progress");
                }
                orderId = hold.orderId();
                code = hold.orderCode();
                orders.replace(orderId, customerId, receiptEmail, total);
            } else {
                orderId = Ids.newId();
                code = insertWithFreeCode(new OrderRepository.NewOrder(orderId, null, request.holdId(), hold.sessionId(),
                        seats.get(0).partnerId(), caller.accountId(), customerId, receiptEmail, channel.name(), total,
                        currency, now));
            }
            orders.insertItems(orderId, lines);
            return new OrderCreated(orderId, code, OrderStatus.PENDING_PAYMENT, total, currency);
        });
    }

    /** Inserts the order (its code not drawn yet) under a code no other order has; the code it got. */
    private String insertWithFreeCode(OrderRepository.NewOrder order) {
        for (int i = 0; i < 10; i++) {
            String code = Ids.newOrderCode();
            if (orders.insertIfCodeFree(order.withCode(code))) {
                return code;
            }
        }
        throw new IllegalStateException("could not find a free order code");
    }

    private static Map<String, Integer> productQuantities(List<ProductLine> lines) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (lines == null) {
            return wanted;
        }
        for (ProductLine line : lines) {
            if (line == null || line.productId() == null || line.productId().isBlank()) {
                throw DomainException.invalid("Each product needs a 'productId'");
            }
            if (line.quantity() < 1 || line.quantity() > MAX_PRODUCT_QUANTITY) {
                throw DomainException.invalid("Product quantity must be between 1 and " + MAX_PRODUCT_QUANTITY);
            }
            wanted.merge(line.productId(), line.quantity(), Integer::sum);
        }
        return wanted;
    }

    private String customerFor(Principal caller, String requested) {
        if (caller.is(Role.CUSTOMER)) {
            if (requested != null && !requested.equals(caller.customerId())) {
                throw DomainException.forbidden("Customers order only for themselves");
            }
            return caller.customerId();
        }
        if (requested == null || requested.isBlank()) {
            return null;
        }
        if (!orders.customerExists(requested)) {
            throw DomainException.invalid("Customer " + requested + " does not exist");
        }
        return requested;
    }

    static DomainException holdExpired() {
        return new DomainException(DomainException.Kind.HOLD_EXPIRED, "The seats' hold has expired; choose the seats again");
    }

    public Order get(Principal caller, String orderId) {
        return tx.inTransaction(() -> orders.load(OrderReader.visible(orders, caller, OrderRepository.Key.ID, orderId,
                false)));
    }

    public Order byCode(Principal caller, String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("Give the order 'code' to look up");
        }
        String normalized = code.trim().toUpperCase();
        return tx.inTransaction(() -> orders.load(OrderReader.visible(orders, caller, OrderRepository.Key.CODE,
                normalized, false)));
    }
}
