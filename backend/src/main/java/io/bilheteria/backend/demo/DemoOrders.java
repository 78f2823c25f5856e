package io.bilheteria.backend.demo;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.PaymentRequest;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.catalog.CatalogService;
import io.bilheteria.backend.holds.HoldService;
import io.bilheteria.backend.orders.OrderService;
import io.bilheteria.backend.orders.PaymentService;
import io.bilheteria.backend.storage.Transactions;
import java.time.Year;
import java.util.List;

/**
 * Two orders the demo customer Ana bought online, for trying "Retirar ingressos" at the kiosk:
 * {@code ANA234} (two seats of the theatre's first session) and {@code ANA567} (one seat of its
 * second session and a popcorn), collected with ana@example.com or her CPF 529.982.247-25. Made
 * through the services as a real online sale is, with the sandbox acquirer's approved test card.
 */
public final class DemoOrders {
    public static final List<String> CODES = List.of("ANA234", "ANA567");
    private static final Card TEST_CARD = new Card("4111111111111111", "ANA SOUZA", 12, Year.now().getValue() + 3,
            "123");
    private final DemoDataRepository data;
    private final AuthService auth;
    private final CatalogService catalog;
    private final HoldService holds;
    private final OrderService orders;
    private final PaymentService payments;

    public DemoOrders(Transactions tx, AuthService auth, CatalogService catalog, HoldService holds, OrderService orders,
                      PaymentService payments) {
        this.data = new DemoDataRepository(tx);
        this.auth = auth;
        this.catalog = catalog;
        this.holds = holds;
        this.orders = orders;
        this.payments = payments;
    }

    /** Buys Ana's orders; run once, by the process that seeded the demo venue. */
    public void buy() {
        String token = auth.login(DemoData.ANA_EMAIL, DemoData.ANA_PASSWORD, "demo").token();
        Principal ana = auth.authenticate(token).orElseThrow();
        try {
            EventSummary theatre = catalog.event(data.eventId(DemoData.THEATRE_TITLE));
            buy(ana, theatre, 0, 2, List.of(), CODES.get(0));
            String popcorn = catalog.products(theatre.id()).items().stream()
                    .filter(p -> p.name().equals("Pipoca")).findFirst().orElseThrow().id();
            buy(ana, theatre, 1, 1, List.of(new ProductLine(popcorn, 1)), CODES.get(1));
        } finally {
            auth.logout(token);
        }
    }

    private void buy(Principal ana, EventSummary theatre, int session, int seats, List<ProductLine> products,
                     String code) {
        String sessionId = theatre.sessions().get(session).id();
        Section stalls = catalog.seatMap(sessionId).sections().stream().filter(s -> s.name().equals("Plateia"))
                .findFirst().orElseThrow();
        Hold hold = holds.hold(ana, HoldRequest.bestAvailable(sessionId, stalls.id(), seats), null);
        OrderCreated order = orders.create(ana, new OrderRequest(hold.holdId(), null, products, null));
        payments.pay(ana, order.orderId(), "demo-" + code, new PaymentRequest(TEST_CARD));
        data.setOrderCode(order.orderId(), code);
    }
}
