package io.bilheteria.backend.orders;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.orders.Suggestions;
import io.bilheteria.api.products.Product;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.catalog.CatalogService;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to offer a buyer after a sale, and a buyer who gave up: the event's products not bought
 * and in stock, the ones this buyer took before first, then the best sellers; the event's other
 * sessions on sale with seats, not one they already have tickets for, the ones they gave up on
 * first (they wanted those), then the nearest in time to the one they chose.
 */
public final class SuggestionService {
    /** A screen or a mail offers a handful: more is a catalogue, not a suggestion. */
    static final int MOST = 4;
    private final Transactions tx;
    private final Clock clock;
    private final OrderRepository orders;
    private final SuggestionRepository history;
    private final CatalogService catalog;

    public SuggestionService(Transactions tx, Clock clock, OrderRepository orders, CatalogService catalog) {
        this.tx = tx;
        this.clock = clock;
        this.orders = orders;
        this.history = new SuggestionRepository(tx);
        this.catalog = catalog;
    }

    public Suggestions forOrder(Principal caller, String orderId) {
        OrderRepository.OrderRow order = OrderReader.visible(orders, caller, OrderRepository.Key.ID, orderId, false);
        return tx.inTransaction(() -> suggest(order, history.productsOf(orderId)));
    }

    /** For an order given up on: its event's other sessions, unless the buyer has bought that event since. */
    List<SessionSummary> sessionsAfterGivingUp(OrderRepository.OrderRow order, String email) {
        String eventId = history.eventOf(order.sessionId());
        if (history.boughtEventSince(eventId, email, order.createdAt())) {
            return List.of();
        }
        return suggest(order, Set.of()).sessions();
    }

    private Suggestions suggest(OrderRepository.OrderRow order, Set<String> inOrder) {
        String eventId = history.eventOf(order.sessionId());
        SuggestionRepository.History before = history.history(eventId, order.customerId(), order.email());
        Map<String, Long> sold = history.unitsSold(eventId);
        List<Product> products = catalog.products(eventId).items().stream()
                .filter(p -> p.stock() > 0 && !inOrder.contains(p.id()))
                .sorted(Comparator.comparing((Product p) -> !before.boughtProducts().contains(p.id()))
                        .thenComparing(p -> -sold.getOrDefault(p.id(), 0L))
                        .thenComparing(Product::name))
                .limit(MOST)
                .toList();
        List<SessionSummary> all = catalog.event(eventId).sessions();
        Instant chosen = all.stream().filter(s -> s.id().equals(order.sessionId())).map(SessionSummary::startsAt)
                .findFirst().orElse(clock.instant());
        Instant now = clock.instant();
        List<SessionSummary> sessions = all.stream()
                .filter(s -> !s.id().equals(order.sessionId()) && s.startsAt().isAfter(now) && s.availableSeats() > 0
                        && !before.paidSessions().contains(s.id()))
                .sorted(Comparator.comparing((SessionSummary s) -> !before.abandonedSessions().contains(s.id()))
                        .thenComparing(s -> Duration.between(chosen, s.startsAt()).abs()))
                .limit(MOST)
                .toList();
        return new Suggestions(products, sessions);
    }
}
