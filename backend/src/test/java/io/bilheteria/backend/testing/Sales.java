package io.bilheteria.backend.testing;

import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.client.BilheteriaClient;

/** Sales made in one step, for tests about what happens after the sale. */
public final class Sales {
    private Sales() {
    }

    /** The stalls ("Plateia") of a session of the demo theatre. */
    public static Section stalls(TestBackend backend, String session) {
        return backend.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                .findFirst().orElseThrow();
    }

    /** An order awaiting payment and the hold it was made from. */
    public record Unpaid(Hold hold, OrderCreated order) {
        public String orderId() {
            return order.orderId();
        }
    }

    /** An order for {@code seats} best seats in the stalls of the demo theatre's first session, awaiting payment. */
    public static Unpaid orderInTheStalls(TestBackend backend, BilheteriaClient seller, int seats) {
        String session = backend.theatreSession();
        Hold hold = seller.hold(HoldRequest.bestAvailable(session, stalls(backend, session).id(), seats));
        return new Unpaid(hold, seller.createOrder(OrderRequest.of(hold.holdId())));
    }

    /** {@code seats} best-available stalls seats of {@code session} bought at the kiosk with an approved card. */
    public static PaymentResult atTheKiosk(TestBackend backend, String session, int seats) {
        BilheteriaClient kiosk = backend.as("kiosk");
        var hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls(backend, session).id(), seats));
        return kiosk.pay(kiosk.createOrder(OrderRequest.of(hold.holdId())).orderId(), Cards.APPROVED);
    }

    /** Places the order and pays it with {@code card}; answers the paid order as stored. */
    public static Order paid(BilheteriaClient seller, OrderRequest request, Card card) {
        OrderCreated created = seller.createOrder(request);
        seller.pay(created.orderId(), card);
        return seller.order(created.orderId());
    }
}
