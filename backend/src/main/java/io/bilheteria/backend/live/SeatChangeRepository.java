package io.bilheteria.backend.live;

import io.bilheteria.api.live.SeatChangeKind;
import io.bilheteria.backend.storage.Transactions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the seat-change outbox that {@link io.bilheteria.backend.inventory.SeatInventoryRepository}
 * writes with every seat status change, and what the availability stream counts; prunes it by age.
 */
public final class SeatChangeRepository {
    private final Transactions tx;

    public SeatChangeRepository(Transactions tx) {
        this.tx = tx;
    }

    /** One outbox row: one change set of one session. */
    public record Row(long id, String sessionId, SeatChangeKind kind, List<Long> spotIds, long changedAt) {
    }

    /** A section's seats in one session, and how many of them are available. */
    public record SectionCount(String sectionId, long seats, long available) {
    }

    private static final String COLUMNS = "SELECT id, session_id, kind, spot_ids, changed_at FROM seat_changes ";

    /** Rows after {@code afterId} in id order, at most {@code limit}. */
    public List<Row> after(long afterId, int limit) {
        return tx.withHandle(h -> h.createQuery(COLUMNS + "WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId).bind("limit", limit).map((rs, ctx) -> row(rs)).list());
    }

    /** Rows with ids from {@code from} to {@code to}, both included, in id order. */
    public List<Row> between(long from, long to) {
        return tx.withHandle(h -> h.createQuery(COLUMNS + "WHERE id BETWEEN :from AND :to ORDER BY id")
                .bind("from", from).bind("to", to).map((rs, ctx) -> row(rs)).list());
    }

    /** A session's rows after {@code afterId} up to {@code upTo} included, in id order: what a resuming client missed. */
    public List<Row> ofSession(String sessionId, long afterId, long upTo) {
        return tx.withHandle(h -> h.createQuery(COLUMNS + "WHERE session_id = :s AND id > :after AND id <= :upTo "
                        + "ORDER BY id")
                .bind("s", sessionId).bind("after", afterId).bind("upTo", upTo).map((rs, ctx) -> row(rs)).list());
    }

    /** The smallest and the largest id still in the outbox; empty when it is. */
    public Optional<long[]> idRange() {
        return tx.withHandle(h -> h.createQuery("SELECT MIN(id), MAX(id) FROM seat_changes")
                .map((rs, ctx) -> rs.getObject(1) == null ? null : new long[] {rs.getLong(1), rs.getLong(2)})
                .findOne());
    }

    /**
     * Deletes rows older than {@code before}, except the newest one: what is left always says up
     * to which id the outbox was pruned, so a resume from an older id is told to reload.
     */
    public int pruneOlderThan(long before) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM seat_changes WHERE changed_at < :before "
                        + "AND id < (SELECT MAX(id) FROM seat_changes)")
                .bind("before", before).execute());
    }

    /** The event a session belongs to. */
    public Optional<String> eventOf(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT event_id FROM sessions WHERE id = :s").bind("s", sessionId)
                .mapTo(String.class).findOne());
    }

    /** The sessions of an event, by start time; empty when the event does not exist or has none. */
    public Optional<List<String>> sessionsOf(String eventId) {
        return tx.withHandle(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM events WHERE id = :e").bind("e", eventId)
                    .mapTo(Long.class).one() > 0;
            return exists ? Optional.of(h.createQuery("SELECT id FROM sessions WHERE event_id = :e ORDER BY starts_at, id")
                    .bind("e", eventId).mapTo(String.class).list()) : Optional.empty();
        });
    }

    /** Each section's seats of a session and how many are available now. */
    public List<SectionCount> availability(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT section_id, COUNT(*), "
                        + "SUM(CASE WHEN status = 'AVAILABLE' THEN 1 ELSE 0 END) FROM session_seats "
                        + "WHERE session_id = :s GROUP BY section_id ORDER BY section_id")
                .bind("s", sessionId)
                .map((rs, ctx) -> new SectionCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), SeatChangeKind.valueOf(rs.getString(3)),
                Arrays.stream(rs.getString(4).split(",")).map(Long::valueOf).toList(), rs.getLong(5));
    }
}
