package io.bilheteria.backend.catalog;

import io.bilheteria.api.catalog.EventPage;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.products.Product;
import io.bilheteria.api.products.ProductList;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.storage.Transactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** What is on sale: events, their sessions and seat maps, and their add-on products. */
public final class CatalogService {
    /** A held seat whose hold has run out is on sale again, even before the sweeper frees it. */
    static final String AVAILABLE_NOW = "(ss.status = 'AVAILABLE' OR (ss.status = 'HELD' AND ss.held_until < :now))";

    private static final String EVENT_COLUMNS = "SELECT e.id, e.title, e.description, e.category, e.venue, e.city, "
            + "e.poster_url, e.partner_id FROM events e JOIN partners p ON p.id = e.partner_id ";

    private final Transactions tx;
    private final Clock clock;

    public CatalogService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Events matching {@code q} in any text field, with only their sessions inside [from, to].
     * Events of a disabled partner are not on sale and not listed. With {@code partnerId}, only
     * that partner's events (what a partner's own box office sells).
     */
    public EventPage search(String q, Instant from, Instant to, String partnerId) {
        String like = q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase() + "%";
        return page("WHERE p.enabled = TRUE AND (:p IS NULL OR e.partner_id = :p) AND (:like IS NULL "
                + "OR LOWER(e.title) LIKE :like OR LOWER(e.description) LIKE :like OR LOWER(e.category) LIKE :like "
                + "OR LOWER(e.venue) LIKE :like OR LOWER(e.city) LIKE :like)",
                query -> query.bind("like", like).bind("p", partnerId), from, to);
    }

    /** Every event of a partner, or of all partners when {@code partnerId} is null: for the back office. */
    public EventPage eventsOf(String partnerId) {
        return page("WHERE (:p IS NULL OR e.partner_id = :p)", query -> query.bind("p", partnerId), null, null);
    }

    /** {@code binds} gives the where clause its values, typed (PostgreSQL cannot type a bare null). */
    private EventPage page(String where, UnaryOperator<Query> binds, Instant from, Instant to) {
        long fromMs = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long toMs = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        return tx.withHandle(h -> {
            List<EventRow> events = binds.apply(h.createQuery(EVENT_COLUMNS + where + " ORDER BY e.title"))
                    .map(CatalogService::eventRow)
                    .list();
            Map<String, List<SessionSummary>> sessions = sessionsOf(h, null, fromMs, toMs);
            List<EventSummary> items = new ArrayList<>();
            for (EventRow e : events) {
                List<SessionSummary> ofEvent = sessions.getOrDefault(e.id(), List.of());
                boolean dateFiltered = from != null || to != null;
                if (dateFiltered && ofEvent.isEmpty()) {
                    continue;
                }
                items.add(e.toSummary(ofEvent));
            }
            return new EventPage(items);
        });
    }

    public EventSummary event(String eventId) {
        return tx.withHandle(h -> {
            EventRow e = h.createQuery(EVENT_COLUMNS + "WHERE e.id = :id")
                    .bind("id", eventId)
                    .map(CatalogService::eventRow)
                    .findOne().orElseThrow(() -> DomainException.notFound("Event " + eventId));
            return e.toSummary(sessionsOf(h, eventId, Long.MIN_VALUE, Long.MAX_VALUE).getOrDefault(eventId, List.of()));
        });
    }

    /** One session as in an event's list, with its seat counts. */
    public SessionSummary session(String sessionId) {
        return tx.withHandle(h -> {
            String eventId = h.createQuery("SELECT event_id FROM sessions WHERE id = :id").bind("id", sessionId)
                    .mapTo(String.class).findOne().orElseThrow(() -> DomainException.notFound("Session " + sessionId));
            return sessionsOf(h, eventId, Long.MIN_VALUE, Long.MAX_VALUE).get(eventId).stream()
                    .filter(s -> s.id().equals(sessionId)).findFirst().orElseThrow();
        });
    }

    private static EventRow eventRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new EventRow(rs.getString("id"), rs.getString("title"), rs.getString("description"),
                rs.getString("category"), rs.getString("venue"), rs.getString("city"), rs.getString("poster_url"),
                rs.getString("partner_id"));
    }

    /** Sessions in [from, to] by event, of {@code eventId} only when it is given, with their seat counts. */
    private Map<String, List<SessionSummary>> sessionsOf(Handle h, String eventId, long fromMs, long toMs) {
        record Row(String id, String eventId, long startsAt, boolean queued) {
        }
        List<Row> rows = h.createQuery("SELECT id, event_id, starts_at, queue_enabled FROM sessions "
                        + "WHERE starts_at >= :from AND starts_at <= :to AND (:e IS NULL OR event_id = :e) "
                        + "ORDER BY starts_at")
                .bind("from", fromMs).bind("to", toMs).bind("e", eventId)
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4)))
                .list();
        Map<String, int[]> counts = new HashMap<>();
        if (!rows.isEmpty()) {
            // only the sessions shown: a stadium's 60,000 seats are counted when its sessions are listed, not for every search
            h.createQuery("SELECT ss.session_id, COUNT(*) AS total, SUM(CASE WHEN " + AVAILABLE_NOW
                            + " THEN 1 ELSE 0 END) AS available FROM session_seats ss "
                            + "WHERE ss.session_id IN (<ids>) GROUP BY ss.session_id")
                    .bind("now", clock.millis()).bindList("ids", rows.stream().map(Row::id).toList())
                    .map((rs, ctx) -> counts.put(rs.getString("session_id"),
                            new int[] {rs.getInt("total"), rs.getInt("available")}))
                    .list();
        }
        Map<String, List<SessionSummary>> byEvent = new LinkedHashMap<>();
        for (Row row : rows) {
            int[] c = counts.getOrDefault(row.id(), new int[2]);
            byEvent.computeIfAbsent(row.eventId(), k -> new ArrayList<>()).add(new SessionSummary(row.id(),
                    Instant.ofEpochMilli(row.startsAt()), c[0], c[1], row.queued()));
        }
        return byEvent;
    }

    public SeatMap seatMap(String sessionId) {
        return tx.withHandle(h -> {
            String eventId = h.createQuery("SELECT event_id FROM sessions WHERE id = :id")
                    .bind("id", sessionId).mapTo(String.class).findOne()
                    .orElseThrow(() -> DomainException.notFound("Session " + sessionId));
            List<Section> sections = h.createQuery("SELECT id, name, color, price_cents, currency FROM sections "
                            + "WHERE event_id = :e ORDER BY sort_order, name")
                    .bind("e", eventId)
                    .map((rs, ctx) -> new Section(rs.getString("id"), rs.getString("name"), rs.getString("color"),
                            rs.getLong("price_cents"), rs.getString("currency")))
                    .list();
            long now = clock.millis();
            List<Seat> seats = h.createQuery("SELECT sp.id, ss.section_id, sp.row_label, sp.seat_number, sp.x, sp.y, "
                            + "sp.accessible, ss.status, ss.held_until FROM session_seats ss "
                            + "JOIN spots sp ON sp.id = ss.spot_id WHERE ss.session_id = :s ORDER BY sp.id")
                    .bind("s", sessionId)
                    .map((rs, ctx) -> {
                        SeatStatus status = SeatStatus.valueOf(rs.getString("status"));
                        if (status == SeatStatus.HELD && rs.getLong("held_until") < now) {
                            status = SeatStatus.AVAILABLE;
                        }
                        return new Seat(Long.toString(rs.getLong("id")), rs.getString("section_id"),
                                rs.getString("row_label"), rs.getInt("seat_number"), rs.getDouble("x"),
                                rs.getDouble("y"), rs.getBoolean("accessible"), status);
                    })
                    .list();
            return new SeatMap(sessionId, sections, seats);
        });
    }

    public ProductList products(String eventId) {
        return tx.withHandle(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM events WHERE id = :id").bind("id", eventId)
                    .mapTo(Integer.class).one() > 0;
            if (!exists) {
                throw DomainException.notFound("Event " + eventId);
            }
            return new ProductList(h.createQuery("SELECT id, event_id, name, price_cents, currency, stock "
                            + "FROM products WHERE event_id = :e ORDER BY name")
                    .bind("e", eventId)
                    .map((rs, ctx) -> new Product(rs.getString("id"), rs.getString("event_id"), rs.getString("name"),
                            rs.getLong("price_cents"), rs.getString("currency"), rs.getInt("stock")))
                    .list());
        });
    }

    private record EventRow(String id, String title, String description, String category, String venue,
                            String city, String posterUrl, String partnerId) {
        EventSummary toSummary(List<SessionSummary> sessions) {
            return new EventSummary(id, title, description, category, venue, city, posterUrl, partnerId, sessions);
        }
    }
}
