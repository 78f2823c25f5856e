package io.bilheteria.backend.inventory;

import io.bilheteria.api.live.SeatChangeKind;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * The only writer of seat status and holds: every statement that takes, keeps, sells or
 * frees a seat of a session is here, so "a seat is never sold twice" has one home. Each write
 * is one conditional, set-based statement: it changes only seats still in the state the
 * caller saw, and the caller compares the count with what it asked for.
 *
 * <p>Every write that changes seats' status also records the change in the seat-change outbox, in
 * the same transaction, so the live streams send exactly what committed: the update answers the
 * seats it changed (PostgreSQL's {@code RETURNING}, H2's generated keys) and one insert records
 * them, whatever their number.
 */
public final class SeatInventoryRepository {
    /** Row rank then seat number, the equality columns first so H2 reads the index in order. */
    private static final String BEST_ORDER = "ss.session_id, ss.section_id, ss.status, ss.row_rank, ss.seat_number";
    /** Seats per outbox row: a sweep of a whole stand is several rows (of one statement). */
    private static final int SEATS_PER_CHANGE_ROW = 1_000;
    private static final String[] CHANGED_SEAT = {"session_id", "spot_id"};
    private final Transactions tx;
    private final Clock clock;

    public SeatInventoryRepository(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** A seat of a section's inventory as best-available reads it; {@code free} of a hold that ran out, too. */
    public record FreeSeat(long spotId, int rowRank, int number, boolean ofExpiredHold) {
    }

    /** A spot of a section's layout. */
    public record Spot(long id, int rowRank, int number, double x, double y, boolean accessible) {
    }

    /** A hold as its owner sees it. */
    public record HoldRow(String id, String sessionId, String accountId, String channel, String status, long expiresAt,
                          long maxExpiresAt) {
        public HoldRow withExpiresAt(long e) {
            return new HoldRow(id, sessionId, accountId, channel, status, e, maxExpiresAt);
        }
    }

    /** Whether a session can be sold now, and by whom. */
    public record OnSale(boolean queued, boolean partnerEnabled, String partnerId) {
    }

    /** A new hold: who takes it, on which channel, until when. */
    public record NewHold(String id, String sessionId, String accountId, String channel, long createdAt, long expiresAt,
                          long maxExpiresAt) {
    }

    /**
     * The section's AVAILABLE seats best first, up to {@code limit}; with {@code withRunOutHolds}, in the
     * same statement, also the seats of its holds that ran out before {@code now} but were not swept yet.
     * Those are worth the second read only when the first finds no ideal choice: under a busy sale the
     * expiry index is full of seats that were held a moment ago and are sold now, and walking it cost
     * PostgreSQL more than the rest of the sale.
     */
    public List<FreeSeat> freeSeats(String sessionId, String sectionId, long now, int limit, boolean withRunOutHolds) {
        String available = "SELECT ss.spot_id, ss.row_rank, ss.seat_number, ss.status FROM session_seats ss"
                + tx.useIndex("session_seats_best") + " WHERE ss.session_id = :s AND ss.section_id = :sec "
                + "AND ss.status = 'AVAILABLE' ORDER BY " + BEST_ORDER + " LIMIT :limit";
        String runOut = "SELECT ss.spot_id, ss.row_rank, ss.seat_number, ss.status FROM session_seats ss"
                + tx.useIndex("session_seats_expiry") + " WHERE ss.status = 'HELD' AND ss.held_until < :now "
                + "AND ss.session_id = :s AND ss.section_id = :sec";
        return tx.withHandle(h -> {
            var query = h.createQuery(withRunOutHolds ? "(" + available + ") UNION ALL (" + runOut + ")" : available)
                    .bind("s", sessionId).bind("sec", sectionId).bind("limit", limit);
            if (withRunOutHolds) {
                query.bind("now", now);
            }
            return query.map((rs, ctx) -> new FreeSeat(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                            rs.getString(4).equals("HELD")))
                    .list();
        });
    }

    public List<Spot> spotsOfSection(String sectionId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, row_rank, seat_number, x, y, accessible FROM spots "
                        + "WHERE section_id = :s")
                .bind("s", sectionId)
                .map((rs, ctx) -> new Spot(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5),
                        rs.getBoolean(6)))
                .list());
    }

    public Optional<OnSale> onSale(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT s.queue_enabled, p.enabled, p.id FROM sessions s "
                        + "JOIN events e ON e.id = s.event_id JOIN partners p ON p.id = e.partner_id WHERE s.id = :id")
                .bind("id", sessionId)
                .map((rs, ctx) -> new OnSale(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3)))
                .findOne());
    }

    /**
     * Inserts the hold when its session is on sale: its organiser enabled, sold by {@code sellerPartnerId}
     * when given, and not behind the virtual queue unless {@code admitted}. False when it is not: the
     * caller reads {@link #onSale} to say why. The check costs no statement of its own.
     */
    public boolean insertHoldIfOnSale(NewHold hold, String sellerPartnerId, boolean admitted) {
        return tx.withHandle(h -> {
            var insert = h.createUpdate("INSERT INTO holds (id, session_id, account_id, channel, status, "
                            + "created_at, expires_at, max_expires_at) SELECT :id, s.id, :a, :c, 'ACTIVE', :now, :exp, :max "
                            + "FROM sessions s JOIN events e ON e.id = s.event_id JOIN partners p ON p.id = e.partner_id "
                            + "WHERE s.id = :s AND p.enabled = TRUE"
                            + (sellerPartnerId == null ? "" : " AND p.id = :seller")
                            + (admitted ? "" : " AND s.queue_enabled = FALSE"))
                    .bind("id", hold.id()).bind("s", hold.sessionId()).bind("a", hold.accountId())
                    .bind("c", hold.channel()).bind("now", hold.createdAt()).bind("exp", hold.expiresAt())
                    .bind("max", hold.maxExpiresAt());
            if (sellerPartnerId != null) {
                insert.bind("seller", sellerPartnerId);
            }
            return insert.execute();
        }) == 1;
    }

    /**
     * Locks {@code spotIds} of the session in seat id order, so two buyers wanting some of the same
     * seats never deadlock (a set-based update locks in whatever order the rows lie, and deadlocked
     * buyers in a busy sale each waited PostgreSQL's second to be told). Of them, those not free
     * now (neither available nor of a hold that ran out), and those not of the session at all.
     * {@code skipLocked}: seats another buyer is locking now count as taken instead of being waited
     * for. Best-available, which tries other seats then, must not wait: its earlier attempts' locks
     * stay with its transaction, and waiting while holding them would deadlock.
     */
    public Unfree lock(String sessionId, List<Long> spotIds, long now, boolean skipLocked) {
        record Row(long spotId, String status, long heldUntil) {
        }
        List<Row> rows = tx.withHandle(h -> bindSeats(h.createQuery("SELECT spot_id, status, held_until FROM session_seats "
                        + "WHERE " + seatKeys(spotIds.size()) + " ORDER BY spot_id FOR UPDATE"
                        + (skipLocked ? " SKIP LOCKED" : "")), sessionId, spotIds)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list());
        List<Long> unknown = new ArrayList<>(spotIds);
        List<Long> taken = new ArrayList<>();
        for (Row row : rows) {
            unknown.remove(row.spotId());
            boolean free = row.status().equals("AVAILABLE") || (row.status().equals("HELD") && row.heldUntil() < now);
            if (!free) {
                taken.add(row.spotId());
            }
        }
        if (skipLocked) {
            taken.addAll(unknown); // the caller read them from this session's inventory: they are locked
            unknown.clear();
        }
        return new Unfree(taken, unknown);
    }

    /** Of the seats asked for, those not free now and those not of the session. */
    public record Unfree(List<Long> taken, List<Long> unknown) {
        public boolean none() {
            return taken.isEmpty() && unknown.isEmpty();
        }
    }

    /**
     * Gives {@code spotIds} of the session, {@link #lock locked} and found free, to the hold: the number of
     * seats taken. One statement, found by primary key on both databases.
     */
    public int take(String holdId, String sessionId, List<Long> spotIds, long heldUntil, long now) {
        return changeSeats(SeatChangeKind.HELD, now, h -> bindSeats(h.createUpdate("UPDATE session_seats SET "
                        + "status = 'HELD', hold_id = :h, held_until = :exp, order_id = NULL WHERE "
                        + seatKeys(spotIds.size()) + " AND (status = 'AVAILABLE' OR (status = 'HELD' AND held_until < :now))"),
                sessionId, spotIds)
                .bind("h", holdId).bind("exp", heldUntil).bind("now", now));
    }

    /**
     * Runs {@code update}, which changes seats' status, and records the seats it changed in the
     * outbox as {@code kind}, in one transaction; the number of seats changed. Two statements
     * whatever the number of seats or sessions.
     */
    private int changeSeats(SeatChangeKind kind, long now, java.util.function.Function<Handle, Update> update) {
        return tx.inTransaction(h -> {
            Map<String, List<Long>> changed = update.apply(h).executeAndReturnGeneratedKeys(CHANGED_SEAT)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            recordChanges(h, kind, changed, now);
            return changed.values().stream().mapToInt(List::size).sum();
        });
    }

    private static void recordChanges(Handle h, SeatChangeKind kind, Map<String, List<Long>> spotsBySession, long now) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        spotsBySession.forEach((session, spots) -> {
            List<Long> sorted = spots.stream().sorted().toList();
            for (int from = 0; from < sorted.size(); from += SEATS_PER_CHANGE_ROW) {
                rows.add(Map.entry(session, sorted.subList(from, Math.min(sorted.size(), from + SEATS_PER_CHANGE_ROW))
                        .stream().map(String::valueOf).collect(Collectors.joining(","))));
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        StringJoiner values = new StringJoiner(", ", "INSERT INTO seat_changes (session_id, kind, spot_ids, changed_at) "
                + "VALUES ", "");
        for (int i = 0; i < rows.size(); i++) {
            values.add("(:s" + i + ", :kind, :p" + i + ", :at)");
        }
        Update insert = h.createUpdate(values.toString()).bind("kind", kind.name()).bind("at", now);
        for (int i = 0; i < rows.size(); i++) {
            insert.bind("s" + i, rows.get(i).getKey()).bind("p" + i, rows.get(i).getValue());
        }
        insert.execute();
    }

    /** {@code (session_id, spot_id) IN ((:s, :p0), ...)}: H2 finds each row by primary key only in this form. */
    private static String seatKeys(int count) {
        StringJoiner keys = new StringJoiner(", ", "(session_id, spot_id) IN (", ")");
        for (int i = 0; i < count; i++) {
            keys.add("(:s, :p" + i + ")");
        }
        return keys.toString();
    }

    private static <S extends SqlStatement<S>> S bindSeats(S statement, String sessionId, List<Long> spotIds) {
        statement.bind("s", sessionId);
        for (int i = 0; i < spotIds.size(); i++) {
            statement.bind("p" + i, spotIds.get(i));
        }
        return statement;
    }

    public Optional<HoldRow> hold(String holdId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, session_id, account_id, channel, status, expires_at, "
                        + "max_expires_at FROM holds WHERE id = :id")
                .bind("id", holdId)
                .map((rs, ctx) -> new HoldRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7)))
                .findOne());
    }

    /** The seats a hold has now, in seat id order. */
    public List<Long> seatsOfHold(String holdId) {
        return tx.withHandle(h -> h.createQuery("SELECT spot_id FROM session_seats WHERE hold_id = :id ORDER BY spot_id")
                .bind("id", holdId).mapTo(Long.class).list());
    }

    /** Moves a hold's end, and its held seats' with it. */
    public void extend(String holdId, long expiresAt) {
        tx.inTransaction(h -> {
            h.createUpdate("UPDATE holds SET expires_at = :e WHERE id = :id").bind("e", expiresAt)
                    .bind("id", holdId).execute();
            return h.createUpdate("UPDATE session_seats SET held_until = :e WHERE hold_id = :id AND status = 'HELD'")
                    .bind("e", expiresAt).bind("id", holdId).execute();
        });
    }

    /** Keeps a hold and its held seats at least until {@code until} (a card is being charged). */
    public void keepUntil(String holdId, long until) {
        tx.inTransaction(h -> {
            h.createUpdate("UPDATE holds SET expires_at = :e WHERE id = :id AND expires_at < :e").bind("e", until)
                    .bind("id", holdId).execute();
            return h.createUpdate("UPDATE session_seats SET held_until = :e WHERE hold_id = :id AND status = 'HELD' "
                            + "AND held_until < :e")
                    .bind("e", until).bind("id", holdId).execute();
        });
    }

    /** Gives a hold's seats back and marks it released; its unpaid order expires with it. */
    public void release(String holdId) {
        tx.inTransaction(h -> {
            h.createUpdate("UPDATE holds SET status = 'RELEASED' WHERE id = :id AND status = 'ACTIVE'")
                    .bind("id", holdId).execute();
            freeSeatsOfHold(holdId);
            return h.createUpdate("UPDATE orders SET status = 'EXPIRED' WHERE hold_id = :id AND status = 'PENDING_PAYMENT'")
                    .bind("id", holdId).execute();
        });
    }

    /** The hold's still-held seats back on sale; the number freed. */
    public int freeSeatsOfHold(String holdId) {
        return changeSeats(SeatChangeKind.RELEASED, clock.millis(), h -> h.createUpdate("UPDATE session_seats SET "
                        + "status = 'AVAILABLE', hold_id = NULL, held_until = NULL WHERE hold_id = :id AND status = 'HELD'")
                .bind("id", holdId));
    }

    /** The hold's held seats sold to {@code orderId}: the number sold. */
    public int sell(String holdId, String orderId) {
        return changeSeats(SeatChangeKind.SOLD, clock.millis(), h -> h.createUpdate("UPDATE session_seats SET "
                        + "status = 'SOLD', order_id = :o, held_until = NULL WHERE hold_id = :h AND status = 'HELD'")
                .bind("o", orderId).bind("h", holdId));
    }

    /** The hold was paid for. */
    public void convert(String holdId) {
        tx.withHandle(h -> h.createUpdate("UPDATE holds SET status = 'CONVERTED' WHERE id = :h").bind("h", holdId)
                .execute());
    }

    /**
     * Everything expired at {@code now} back on sale: seats of holds that ran out, their holds and their
     * unpaid orders. Conditional, so several backends may sweep at once. The number of seats freed.
     */
    public int sweepExpired(long now) {
        return tx.inTransaction(h -> {
            int seats = changeSeats(SeatChangeKind.RELEASED, now, u -> u.createUpdate("UPDATE session_seats SET "
                            + "status = 'AVAILABLE', hold_id = NULL, held_until = NULL WHERE status = 'HELD' AND held_until < :now")
                    .bind("now", now));
            h.createUpdate("UPDATE orders SET status = 'EXPIRED' WHERE status = 'PENDING_PAYMENT' AND hold_id IN "
                            + "(SELECT id FROM holds WHERE status = 'ACTIVE' AND expires_at < :now)")
                    .bind("now", now).execute();
            h.createUpdate("UPDATE holds SET status = 'EXPIRED' WHERE status = 'ACTIVE' AND expires_at < :now")
                    .bind("now", now).execute();
            return seats;
        });
    }

    /**
     * Inventory and tickets are found through the event's sessions, which lead their indexes: a layout
     * change then reads the event's rows, not every session's of every event.
     */
    private static final String IN_EVENT = "session_id IN (SELECT id FROM sessions WHERE event_id = :e)";

    /** Half-price tickets a session may still sell: its cap of its seats, less those sold. */
    public int halfPriceLeft(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT half_price_cap_percent, half_price_sold, "
                        + "(SELECT COUNT(*) FROM session_seats WHERE session_id = :s) FROM sessions WHERE id = :s")
                .bind("s", sessionId)
                .map((rs, ctx) -> Math.max(0, HalfPrice.cap(rs.getInt(3), rs.getInt(1)) - rs.getInt(2)))
                .one());
    }

    /**
     * Counts {@code count} half-price tickets as sold, only if the session's cap allows them: one
     * conditional update of the session's row, so of parallel sales only those that fit pass.
     */
    public boolean takeHalfPrice(String sessionId, int count) {
        return tx.withHandle(h -> h.createUpdate("UPDATE sessions SET half_price_sold = half_price_sold + :n "
                        + "WHERE id = :s AND (half_price_sold + :n) * 100 <= half_price_cap_percent "
                        + "* (SELECT COUNT(*) FROM session_seats WHERE session_id = :s)")
                .bind("n", count).bind("s", sessionId).execute()) == 1;
    }

    /** Half-price tickets refunded: back on sale. */
    public void giveBackHalfPrice(String sessionId, int count) {
        tx.withHandle(h -> h.createUpdate("UPDATE sessions SET half_price_sold = half_price_sold - :n WHERE id = :s")
                .bind("n", count).bind("s", sessionId).execute());
    }

    /** Puts every spot of the event on sale in a new session. */
    public void openSession(String sessionId, String eventId) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO session_seats (session_id, spot_id, section_id, row_rank, "
                        + "seat_number, status) SELECT :s, sp.id, sp.section_id, sp.row_rank, sp.seat_number, 'AVAILABLE' "
                        + "FROM spots sp JOIN sections sec ON sec.id = sp.section_id WHERE sec.event_id = :e")
                .bind("s", sessionId).bind("e", eventId).execute());
    }

    /** Puts the spots of a section that were just laid out on sale in every session of its event. */
    public void openSection(String sectionId) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO session_seats (session_id, spot_id, section_id, row_rank, "
                        + "seat_number, status) SELECT s.id, sp.id, sp.section_id, sp.row_rank, sp.seat_number, 'AVAILABLE' "
                        + "FROM spots sp JOIN sections sec ON sec.id = sp.section_id "
                        + "JOIN sessions s ON s.event_id = sec.event_id WHERE sp.section_id = :sec")
                .bind("sec", sectionId).execute());
    }

    /** How many of a section's seats, in all sessions of its event, are sold and held; locked until the caller commits. */
    public record Taken(long sold, long held) {
        public boolean any() {
            return sold + held > 0;
        }
    }

    public Taken lockSection(String eventId, String sectionId) {
        return lock("SELECT status FROM session_seats WHERE " + IN_EVENT + " AND section_id = :id FOR UPDATE",
                eventId, sectionId);
    }

    public Taken lockSeat(String eventId, long spotId) {
        return lock("SELECT status FROM session_seats WHERE " + IN_EVENT + " AND spot_id = :id FOR UPDATE", eventId, spotId);
    }

    private Taken lock(String sql, String eventId, Object id) {
        List<String> statuses = tx.withHandle(h -> h.createQuery(sql).bind("e", eventId).bind("id", id)
                .mapTo(String.class).list());
        return new Taken(statuses.stream().filter("SOLD"::equals).count(), statuses.stream().filter("HELD"::equals).count());
    }

    /** Seats of one session not available now (sold or held), locked until the caller commits. */
    public long lockSessionTaken(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT status FROM session_seats WHERE session_id = :s FOR UPDATE")
                .bind("s", sessionId).mapTo(String.class).list()).stream().filter(st -> !st.equals("AVAILABLE")).count();
    }

    /** A section's seats leave the inventory of every session of its event. */
    public void removeSection(String eventId, String sectionId) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM session_seats WHERE " + IN_EVENT + " AND section_id = :id")
                .bind("e", eventId).bind("id", sectionId).execute());
    }

    public void removeSeat(String eventId, long spotId) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM session_seats WHERE " + IN_EVENT + " AND spot_id = :id")
                .bind("e", eventId).bind("id", spotId).execute());
    }

    /** A session's inventory and holds go with it. */
    public void removeSession(String sessionId) {
        tx.inTransaction(h -> {
            h.createUpdate("DELETE FROM session_seats WHERE session_id = :s").bind("s", sessionId).execute();
            return h.createUpdate("DELETE FROM holds WHERE session_id = :s").bind("s", sessionId).execute();
        });
    }

    /** Refunded seats of an order back on sale; the number freed. */
    public int refund(String sessionId, String orderId, List<Long> spotIds) {
        return changeSeats(SeatChangeKind.REFUNDED, clock.millis(), h -> h.createUpdate("UPDATE session_seats SET "
                        + "status = 'AVAILABLE', order_id = NULL, hold_id = NULL, held_until = NULL WHERE session_id = :s "
                        + "AND order_id = :o AND status = 'SOLD' AND spot_id IN (<spots>)")
                .bind("s", sessionId).bind("o", orderId).bindList("spots", spotIds));
    }

    /** Tickets ever issued, in the event's sessions, for a section's seats or one seat (refunded ones too). */
    public long ticketsOfSection(String eventId, String sectionId) {
        return tickets("section_id = :id", eventId, sectionId);
    }

    public long ticketsOfSeat(String eventId, long spotId) {
        return tickets("id = :id", eventId, spotId);
    }

    private long tickets(String spotsWhere, String eventId, Object id) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tickets WHERE " + IN_EVENT
                        + " AND spot_id IN (SELECT id FROM spots WHERE " + spotsWhere + ")")
                .bind("e", eventId).bind("id", id).mapTo(Long.class).one());
    }
}
