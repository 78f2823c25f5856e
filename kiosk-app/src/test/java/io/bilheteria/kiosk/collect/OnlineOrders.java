package io.bilheteria.kiosk.collect;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.devices.payment.CardData;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.testsupport.LocalBackend;

/** Orders the demo customer Ana buys online, on the web rather than at a kiosk: what a kiosk collects. */
final class OnlineOrders {
    static final String ANA_EMAIL = "ana@example.com";
    static final String ANA_CPF = "52998224725";
    /** A valid CPF (its check digits add up) that is not Ana's. */
    static final String SOMEONE_ELSES_CPF = "11144477735";

    private OnlineOrders() {
    }

    /** Ana, signed in on the web. */
    static BilheteriaClient ana(LocalBackend backend) {
        BilheteriaClient ana = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
        ana.login(ANA_EMAIL, "demo-customer");
        return ana;
    }

    /** Ana buys the best {@code seats} of the theatre's first session and pays; the order's code. */
    static String boughtByAna(LocalBackend backend, int seats) {
        BilheteriaClient ana = ana(backend);
        EventSummary theatre = ana.events("Compadecida", null, null).items().get(0);
        String session = theatre.sessions().get(0).id();
        SeatMap map = ana.seatMap(session);
        Hold hold = ana.hold(HoldRequest.bestAvailable(session, map.sections().get(0).id(), seats));
        OrderCreated order = ana.createOrder(OrderRequest.of(hold.holdId()));
        CardData card = SandboxCard.APPROVES.card();
        ana.pay(order.orderId(), new Card(card.number(), card.holder(), card.expMonth(), card.expYear(), card.cvv()));
        return order.code();
    }
}
