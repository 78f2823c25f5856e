package io.bilheteria.backend.catalog;

import io.bilheteria.api.catalog.EventPage;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.products.ProductList;
import io.bilheteria.backend.catalog.CatalogRepository.EventRow;
import io.bilheteria.backend.catalog.CatalogRepository.SeatCounts;
import io.bilheteria.backend.catalog.CatalogRepository.SessionRow;
import io.bilheteria.backend.inventory.HalfPrice;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is on sale: events, their sessions and seat maps, and their add-on products. */
public final class CatalogService {
    private final CatalogRepository catalog;
    private final Clock clock;

    public CatalogService(Transactions tx, Clock clock) {
        this.catalog = new CatalogRepository(tx);
        this.clock = clock;
    }

    /**
     * Events matching {@code q} in any text field, with only their sessions inside [from, to].
     * Events of a disabled partner are not on sale and not listed. With {@code partnerId}, only
     * that partner's events (what a partner's own box office sells).
     */
    public EventPage search(String q, Instant from, Instant to, String partnerId) {
        String like = q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase() + "%";
        return page(catalog.eventsOnSale(like, partnerId), from, to);
    }

    /** Every event of a partner, or of all partners when {@code partnerId} is null: for the back office. */
    public EventPage eventsOf(String partnerId) {
        return page(catalog.eventsOf(partnerId), null, null);
    }

    private EventPage page(List<EventRow> events, Instant from, Instant to) {
        long fromMs = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long toMs = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        Map<String, List<SessionSummary>> sessions = sessionsOf(null, fromMs, toMs);
        List<EventSummary> items = new ArrayList<>();
        for (EventRow e : events) {
            List<SessionSummary> ofEvent = sessions.getOrDefault(e.id(), List.of());
            boolean dateFiltered = from != null || to != null;
            if (dateFiltered && ofEvent.isEmpty()) {
                continue;
            }
            items.add(summary(e, ofEvent));
        }
        return new EventPage(items);
    }

    public EventSummary event(String eventId) {
        EventRow e = catalog.event(eventId).orElseThrow(() -> DomainException.notFound("Event " + eventId));
        return summary(e, sessionsOf(eventId, Long.MIN_VALUE, Long.MAX_VALUE).getOrDefault(eventId, List.of()));
    }

    /** One session as in an event's list, with its seat counts. */
    public SessionSummary session(String sessionId) {
        String eventId = eventOf(sessionId);
        return sessionsOf(eventId, Long.MIN_VALUE, Long.MAX_VALUE).get(eventId).stream()
                .filter(s -> s.id().equals(sessionId)).findFirst().orElseThrow();
    }

    /** Sessions in [from, to] by event, of {@code eventId} only when it is given, with their seat counts. */
    private Map<String, List<SessionSummary>> sessionsOf(String eventId, long fromMs, long toMs) {
        List<SessionRow> rows = catalog.sessions(eventId, fromMs, toMs);
        // only the sessions shown: a stadium's 60,000 seats are counted when its sessions are listed, not for every search
        Map<String, SeatCounts> counts = rows.isEmpty() ? Map.of()
                : catalog.seatCounts(rows.stream().map(SessionRow::id).toList(), clock.millis());
        Map<String, List<SessionSummary>> byEvent = new LinkedHashMap<>();
        for (SessionRow row : rows) {
            SeatCounts c = counts.getOrDefault(row.id(), SeatCounts.NONE);
            byEvent.computeIfAbsent(row.eventId(), k -> new ArrayList<>()).add(new SessionSummary(row.id(),
                    Instant.ofEpochMilli(row.startsAt()), c.total(), c.available(), row.queued(),
                    row.halfPriceCapPercent(), HalfPrice.cap(c.total(), row.halfPriceCapPercent()), row.halfPriceSold()));
        }
        return byEvent;
    }

    public SeatMap seatMap(String sessionId) {
        String eventId = eventOf(sessionId);
        List<Section> sections = catalog.sections(eventId);
        List<Seat> seats = catalog.seats(sessionId, clock.millis());
        return new SeatMap(sessionId, sections, seats);
    }

    public ProductList products(String eventId) {
        if (!catalog.eventExists(eventId)) {
            throw DomainException.notFound("Event " + eventId);
        }
        return new ProductList(catalog.products(eventId));
    }

    private String eventOf(String sessionId) {
        return catalog.sessionEvent(sessionId).orElseThrow(() -> DomainException.notFound("Session " + sessionId));
    }

    private static EventSummary summary(EventRow e, List<SessionSummary> sessions) {
        return new EventSummary(e.id(), e.title(), e.description(), e.category(), e.venue(), e.city(), e.posterUrl(),
                e.partnerId(), sessions);
    }
}
