package io.bilheteria.backend.catalog;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.products.Product;
import io.bilheteria.backend.storage.Transactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** What the catalogue reads: events, their sessions with seat counts, seat maps and products. */
final class CatalogRepository {
    /** A held seat whose hold has run out is on sale again, even before the sweeper frees it. */
    static final String AVAILABLE_NOW = "(ss.status = 'AVAILABLE' OR (ss.status = 'HELD' AND ss.held_until < :now))";

    private static final String EVENT_COLUMNS = "SELECT e.id, e.title, e.description, e.category, e.venue, e.city, "
            + "e.poster_url, e.partner_id FROM events e JOIN partners p ON p.id = e.partner_id ";

    private final Transactions tx;

    CatalogRepository(Transactions tx) {
        this.tx = tx;
    }

    /** An event's own columns. */
    record EventRow(String id, String title, String description, String category, String venue, String city,
                    String posterUrl, String partnerId) {
    }

    /** A session of an event. */
    record SessionRow(String id, String eventId, long startsAt, boolean queued, int halfPriceCapPercent,
                      int halfPriceSold) {
    }

    /** A session's seats, and how many of them are on sale now. */
    record SeatCounts(int total, int available) {
        static final SeatCounts NONE = new SeatCounts(0, 0);
    }

    /**
     * The events of enabled partners matching {@code like} (a lower-case LIKE pattern, null for
     * all) in any text field, of {@code partnerId} only when it is given, by title.
     */
    List<EventRow> eventsOnSale(String like, String partnerId) {
        return events("WHERE p.enabled = TRUE AND (:p IS NULL OR e.partner_id = :p) AND (:like IS NULL "
                + "OR LOWER(e.title) LIKE :like OR LOWER(e.description) LIKE :like OR LOWER(e.category) LIKE :like "
                + "OR LOWER(e.venue) LIKE :like OR LOWER(e.city) LIKE :like)",
                query -> query.bind("like", like).bind("p", partnerId));
    }

    /** Every event of a partner, or of all partners when {@code partnerId} is null, by title. */
    List<EventRow> eventsOf(String partnerId) {
        return events("WHERE (:p IS NULL OR e.partner_id = :p)", query -> query.bind("p", partnerId));
    }

    /** {@code binds} gives the where clause its values, typed (PostgreSQL cannot type a bare null). */
    private List<EventRow> events(String where, UnaryOperator<Query> binds) {
        return tx.withHandle(h -> binds.apply(h.createQuery(EVENT_COLUMNS + where + " ORDER BY e.title"))
                .map(CatalogRepository::eventRow)
                .list());
    }

    Optional<EventRow> event(String eventId) {
        return tx.withHandle(h -> h.createQuery(EVENT_COLUMNS + "WHERE e.id = :id")
                .bind("id", eventId)
                .map(CatalogRepository::eventRow)
                .findOne());
    }

    private static EventRow eventRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new EventRow(rs.getString("id"), rs.getString("title"), rs.getString("description"),
                rs.getString("category"), rs.getString("venue"), rs.getString("city"), rs.getString("poster_url"),
                rs.getString("partner_id"));
    }

    boolean eventExists(String eventId) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM events WHERE id = :id").bind("id", eventId)
                .mapTo(Integer.class).one() > 0);
    }

    /** The event of a session, if there is such a session. */
    Optional<String> sessionEvent(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT event_id FROM sessions WHERE id = :id").bind("id", sessionId)
                .mapTo(String.class).findOne());
    }

    /** Sessions starting in [from, to], of {@code eventId} only when it is given, by start. */
    List<SessionRow> sessions(String eventId, long fromMs, long toMs) {
        return tx.withHandle(h -> h.createQuery("SELECT id, event_id, starts_at, queue_enabled, "
                        + "half_price_cap_percent, half_price_sold FROM sessions "
                        + "WHERE starts_at >= :from AND starts_at <= :to AND (:e IS NULL OR event_id = :e) "
                        + "ORDER BY starts_at")
                .bind("from", fromMs).bind("to", toMs).bind("e", eventId)
                .map((rs, ctx) -> new SessionRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getInt(5), rs.getInt(6)))
                .list());
    }

    /** The seats of these sessions, by session: all of them, and those on sale at {@code now}. */
    Map<String, SeatCounts> seatCounts(Collection<String> sessionIds, long now) {
        Map<String, SeatCounts> counts = new HashMap<>();
        tx.withHandle(h -> h.createQuery("SELECT ss.session_id, COUNT(*) AS total, SUM(CASE WHEN " + AVAILABLE_NOW
                        + " THEN 1 ELSE 0 END) AS available FROM session_seats ss "
                        + "WHERE ss.session_id IN (<ids>) GROUP BY ss.session_id")
                .bind("now", now).bindList("ids", List.copyOf(sessionIds))
                .map((rs, ctx) -> counts.put(rs.getString("session_id"),
                        new SeatCounts(rs.getInt("total"), rs.getInt("available"))))
                .list());
        return counts;
    }

    List<Section> sections(String eventId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, name, color, price_cents, currency FROM sections "
                        + "WHERE event_id = :e ORDER BY sort_order, name")
                .bind("e", eventId)
                .map((rs, ctx) -> new Section(rs.getString("id"), rs.getString("name"), rs.getString("color"),
                        rs.getLong("price_cents"), rs.getString("currency")))
                .list());
    }

    /** A session's seats as on sale at {@code now}: a seat whose hold has run out is AVAILABLE (as {@link #AVAILABLE_NOW}). */
    List<Seat> seats(String sessionId, long now) {
        return tx.withHandle(h -> h.createQuery("SELECT sp.id, ss.section_id, sp.row_label, sp.seat_number, sp.x, "
                        + "sp.y, sp.accessible, ss.status, ss.held_until FROM session_seats ss "
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
                .list());
    }

    List<Product> products(String eventId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, event_id, name, price_cents, currency, stock "
                        + "FROM products WHERE event_id = :e ORDER BY name")
                .bind("e", eventId)
                .map((rs, ctx) -> new Product(rs.getString("id"), rs.getString("event_id"), rs.getString("name"),
                        rs.getLong("price_cents"), rs.getString("currency"), rs.getInt("stock")))
                .list());
    }
}
