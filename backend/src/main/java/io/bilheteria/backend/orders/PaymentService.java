package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentRequest;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.PaymentDeclinedException;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.payments.Cards;
import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.shifts.ShiftService;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketSigner;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays an order by card. The charge happens between two short transactions: the first
 * records a pending payment (so a concurrent second charge of the same order is refused),
 * the second turns the held seats into sold tickets. If the seats were lost meanwhile,
 * the authorisation is given back: a customer is never charged without tickets.
 */
public final class PaymentService {
    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    /** A customer typing a card keeps the seats at least this long past the hold's end. */
    static final Duration PAYMENT_GRACE = Duration.ofSeconds(60);

    private final Transactions tx;
    private final Clock clock;
    private final PaymentGateway gateway;
    private final TicketSigner signer;
    private final SalesMetrics metrics;

    public PaymentService(Transactions tx, Clock clock, PaymentGateway gateway, TicketSigner signer,
                          SalesMetrics metrics) {
        this.tx = tx;
        this.clock = clock;
        this.gateway = gateway;
        this.signer = signer;
        this.metrics = metrics;
    }

    private record Pending(String paymentId, String orderId, String holdId, String sessionId, String partnerId,
                           String channel, long totalCents, String currency, int seatCount, int feeBps, boolean hasProducts) {
    }

    public PaymentResult pay(Principal caller, String orderId, String idempotencyKey, PaymentRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw DomainException.invalid("The 'Idempotency-Key' header is required (at most 200 characters)");
        }
        Card card = request == null ? null : request.card();
        String digits = Cards.validDigits(card);
        String brand = Cards.brand(digits);
        String last4 = Cards.last4(digits);

        Pending pending = tx.inTransaction(h -> begin(h, caller, orderId, idempotencyKey, brand, last4));
        if (pending.paymentId() == null) {
            return result(pending.orderId());
        }

        PaymentGateway.Authorization answer;
        try {
            answer = gateway.authorize(card, pending.totalCents(), pending.currency(), pending.paymentId());
        } catch (PaymentGateway.AcquirerUnavailableException e) {
            setStatus(pending.paymentId(), "FAILED", null, null);
            throw new DomainException(DomainException.Kind.ACQUIRER_UNAVAILABLE,
                    "The card could not be charged right now; nothing was taken, please try again");
        }
        if (answer instanceof PaymentGateway.Declined declined) {
            setStatus(pending.paymentId(), "DECLINED", null, declined.reason());
            metrics.paymentDeclined(declined.reason());
            throw new PaymentDeclinedException(declined.reason(), declineMessage(declined.reason()));
        }
        String authorization = ((PaymentGateway.Approved) answer).authorizationCode();
        try {
            return tx.inTransaction(h -> complete(h, pending, authorization));
        } catch (DomainException lost) {
            gateway.refund(authorization, pending.totalCents(), "void-" + pending.paymentId());
            setStatus(pending.paymentId(), "VOIDED", authorization, null);
            log.info("payment {} voided: {}", pending.paymentId(), lost.getMessage());
            throw lost;
        }
    }

    private Pending begin(Handle h, Principal caller, String orderId, String key, String brand, String last4) {
        var order = OrderReader.visible(h, caller, "id", orderId, true);
        // every earlier attempt at this order: this key's own, and whether another is still charging
        List<String[]> attempts = h.createQuery("SELECT id, status, decline_reason, idempotency_key FROM payments "
                        + "WHERE order_id = :o")
                .bind("o", orderId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        var previous = attempts.stream().filter(a -> key.equals(a[3])).findFirst();
        if (previous.isPresent()) {
            String status = previous.get()[1];
            switch (status) {
                case "APPROVED", "REFUNDED" -> {
                    return new Pending(null, orderId, null, null, null, null, 0, null, 0, 0, false);
                }
                case "DECLINED" -> throw new PaymentDeclinedException(previous.get()[2], declineMessage(previous.get()[2]));
                case "PENDING" -> throw inProgress();
                default -> { } // FAILED or VOIDED: this key may try again
            }
        }
        if (order.status() == OrderStatus.PAID) {
            throw DomainException.conflict("This order is already paid");
        }
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw OrderService.holdExpired();
        }
        if (attempts.stream().anyMatch(a -> "PENDING".equals(a[1]))) {
            throw inProgress();
        }
        String shiftId = ShiftService.shiftOf(h, caller);
        long now = clock.millis();
        // the hold, locked, with what the order and the partner's fee need, in one round trip
        var hold = h.createQuery("SELECT status, expires_at, (SELECT COUNT(*) FROM order_items WHERE order_id = :o "
                        + "AND kind = 'SEAT'), (SELECT COUNT(*) FROM session_seats WHERE hold_id = :h AND status = 'HELD' "
                        + "AND held_until >= :now), (SELECT fee_bps FROM partners WHERE id = :p), (SELECT COUNT(*) FROM order_items "
                        + "WHERE order_id = :o AND kind = 'PRODUCT') FROM holds WHERE id = :h FOR UPDATE")
                .bind("o", orderId).bind("h", order.holdId()).bind("now", now).bind("p", order.partnerId())
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)})
                .one();
        int seatItems = (int) hold[2];
        int stillHeld = (int) hold[3];
        if (!"ACTIVE".equals(hold[0]) || (long) hold[1] < now || stillHeld != seatItems) {
            throw OrderService.holdExpired();
        }
        long graceUntil = now + PAYMENT_GRACE.toMillis();
        if ((long) hold[1] < graceUntil) {
            h.createUpdate("UPDATE holds SET expires_at = :e WHERE id = :id").bind("e", graceUntil)
                    .bind("id", order.holdId()).execute();
            h.createUpdate("UPDATE session_seats SET held_until = :e WHERE hold_id = :id AND status = 'HELD'")
                    .bind("e", graceUntil).bind("id", order.holdId()).execute();
        }
        String paymentId;
        if (previous.isPresent()) {
            paymentId = previous.get()[0];
            h.createUpdate("UPDATE payments SET status = 'PENDING', brand = :b, last4 = :l, shift_id = :sh, "
                            + "updated_at = :now WHERE id = :id")
                    .bind("b", brand).bind("l", last4).bind("sh", shiftId).bind("now", now).bind("id", paymentId)
                    .execute();
        } else {
            paymentId = Ids.newId();
            h.createUpdate("INSERT INTO payments (id, order_id, idempotency_key, status, amount_cents, brand, last4, "
                            + "shift_id, created_at, updated_at) VALUES (:id, :o, :k, 'PENDING', :a, :b, :l, :sh, :now, :now)")
                    .bind("id", paymentId).bind("o", orderId).bind("k", key).bind("a", order.totalCents())
                    .bind("b", brand).bind("l", last4).bind("sh", shiftId).bind("now", now).execute();
        }
        return new Pending(paymentId, orderId, order.holdId(), order.sessionId(), order.partnerId(), order.channel(),
                order.totalCents(), order.currency(), seatItems, (int) hold[4], (int) hold[5] > 0);
    }

    private PaymentResult complete(Handle h, Pending p, String authorization) {
        long now = clock.millis();
        long fee = Math.round(p.totalCents() * p.feeBps() / 10_000.0);
        // only an order still awaiting payment turns PAID (a cancelled or expired one is refused),
        // and its row stays locked until this commits
        int paid = h.createUpdate("UPDATE orders SET status = 'PAID', paid_at = :now, platform_fee_cents = :fee, "
                        + "partner_net_cents = :net WHERE id = :o AND status = 'PENDING_PAYMENT'")
                .bind("now", now).bind("fee", fee).bind("net", p.totalCents() - fee).bind("o", p.orderId()).execute();
        if (paid != 1) {
            throw OrderService.holdExpired();
        }
        int sold = h.createUpdate("UPDATE session_seats SET status = 'SOLD', order_id = :o, held_until = NULL "
                        + "WHERE hold_id = :h AND status = 'HELD'")
                .bind("o", p.orderId()).bind("h", p.holdId()).execute();
        if (sold != p.seatCount()) {
            throw OrderService.holdExpired(); // a seat of the hold was lost meanwhile: the charge is voided
        }
        if (p.hasProducts()) {
            takeProductStock(h, p.orderId());
        }
        // the order's seat lines are the hold's seats: it was made from them
        Map<Long, SeatPrice> seats = seatPrices(h, p.orderId());
        var insertTickets = h.prepareBatch("INSERT INTO tickets (id, order_id, session_id, spot_id, seat_key, version, "
                + "qr, status, ticket_type, price_cents, created_at, updated_at) "
                + "VALUES (:id, :o, :s, :spot, :key, 1, :qr, 'VALID', :type, :price, :now, :now)");
        List<Ticket> tickets = new ArrayList<>(seats.size());
        seats.forEach((spot, price) -> {
            String ticketId = Ids.newId();
            String qr = signer.sign(new TicketCode(ticketId, 1, p.sessionId(), Long.toString(spot)));
            insertTickets.bind("id", ticketId).bind("o", p.orderId()).bind("s", p.sessionId()).bind("spot", spot)
                    .bind("key", p.sessionId() + ":" + spot).bind("qr", qr).bind("type", price.type().name())
                    .bind("price", price.cents()).bind("now", now).add();
            tickets.add(new Ticket(ticketId, Long.toString(spot), qr, "VALID", price.type(), price.cents(), 0));
        });
        insertTickets.execute();
        h.createUpdate("UPDATE holds SET status = 'CONVERTED' WHERE id = :h").bind("h", p.holdId()).execute();
        h.createUpdate("UPDATE payments SET status = 'APPROVED', authorization_code = :a, updated_at = :now "
                        + "WHERE id = :id")
                .bind("a", authorization).bind("now", now).bind("id", p.paymentId()).execute();
        metrics.sale(p.channel(), tickets.size(), p.totalCents());
        return new PaymentResult(p.orderId(), OrderStatus.PAID, tickets);
    }

    private record SeatPrice(TicketType type, long cents) {
    }

    /** The type and price each seat line of the order was sold at, by seat id in seat order. */
    private static Map<Long, SeatPrice> seatPrices(Handle h, String orderId) {
        Map<Long, SeatPrice> prices = new TreeMap<>();
        h.createQuery("SELECT ref_id, ticket_type, unit_price_cents FROM order_items WHERE order_id = :o AND kind = 'SEAT'")
                .bind("o", orderId)
                .map((rs, ctx) -> Map.entry(Long.parseLong(rs.getString(1)),
                        new SeatPrice(TicketType.valueOf(rs.getString(2)), rs.getLong(3))))
                .forEach(e -> prices.put(e.getKey(), e.getValue()));
        return prices;
    }

    private static void takeProductStock(Handle h, String orderId) {
        h.createQuery("SELECT ref_id, quantity FROM order_items WHERE order_id = :o AND kind = 'PRODUCT'")
                .bind("o", orderId).map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2)}).list()
                .forEach(line -> {
                    int taken = h.createUpdate("UPDATE products SET stock = stock - :q WHERE id = :id AND stock >= :q")
                            .bind("q", (int) line[1]).bind("id", (String) line[0]).execute();
                    if (taken != 1) {
                        throw new DomainException(DomainException.Kind.OUT_OF_STOCK,
                                "A product in this order has just sold out");
                    }
                });
    }

    private PaymentResult result(String orderId) {
        return tx.withHandle(h -> new PaymentResult(orderId, OrderStatus.PAID, OrderReader.tickets(h, orderId)));
    }

    private void setStatus(String paymentId, String status, String authorization, String reason) {
        tx.useTransaction(h -> h.createUpdate("UPDATE payments SET status = :s, authorization_code = :a, "
                        + "decline_reason = :r, updated_at = :now WHERE id = :id")
                .bind("s", status).bind("a", authorization).bind("r", reason).bind("now", clock.millis())
                .bind("id", paymentId).execute());
    }

    private static DomainException inProgress() {
        return new DomainException(DomainException.Kind.PAYMENT_IN_PROGRESS,
                "A payment for this order is already in progress");
    }

    static String declineMessage(String reason) {
        return switch (reason == null ? "" : reason) {
            case "insufficient_funds" -> "The card was declined for insufficient funds; try another card";
            case "expired_card" -> "The card has expired; try another card";
            default -> "The card was declined; try another card";
        };
    }
}
