package io.bilheteria.backend.holds;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.Channel;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.SeatsUnavailableException;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.queue.VirtualQueue;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Reserves seats for one buyer. Taking a hold is all-or-nothing: the seats are locked
 * in spot order (so two buyers never deadlock) and taken by a conditional update in
 * one transaction. A hold that has run out can be taken over at once.
 */
public final class HoldService {
    public static final int MAX_SEATS_PER_HOLD = 20;
    private static final int BEST_AVAILABLE_ATTEMPTS = 5;
    private static final int FIRST_CHUNK = 256;
    /**
     * Row rank then seat number; the equality columns lead so that H2 reads the index in
     * order instead of sorting every free seat of the section (PostgreSQL does either way).
     */
    private static final String BEST_ORDER = "ss.session_id, ss.section_id, ss.status, ss.row_rank, ss.seat_number";

    private final Transactions tx;
    private final Clock clock;
    private final HoldPolicy policy;
    private final SalesMetrics metrics;
    private final VirtualQueue queue;
    /**
     * How long a section's shape is kept. Layouts do not change once on sale, but a seat may be
     * marked for wheelchairs; another backend process sharing the database sees that within this.
     */
    private static final long SHAPE_KEPT_MILLIS = 60_000;
    private final Map<String, SectionShape> shapes = new ConcurrentHashMap<>();

    /**
     * What best-available needs of a section's layout: each row's middle seat number, the wheelchair
     * places, and where aisles cut the rows (from the seats' positions), so that reading free seats
     * stays one query of the inventory.
     */
    private record SectionShape(Map<Integer, Double> rowMiddles, Set<Long> accessible, Aisles aisles, long readAt) {
    }

    public HoldService(Transactions tx, Clock clock, HoldPolicy policy, SalesMetrics metrics, VirtualQueue queue) {
        this.queue = queue;
        this.tx = tx;
        this.clock = clock;
        this.policy = policy;
        this.metrics = metrics;
    }

    /** {@code queueToken}: the virtual-queue admission an online buyer needs on a queued session. */
    public Hold hold(Principal caller, HoldRequest request, String queueToken) {
        Channel channel = Channel.of(caller.role())
                .orElseThrow(() -> DomainException.forbidden("Only kiosks, cashiers and customers hold seats"));
        if (request == null || request.sessionId() == null || request.sessionId().isBlank()) {
            throw DomainException.invalid("'sessionId' is required");
        }
        boolean explicit = request.seatIds() != null && !request.seatIds().isEmpty();
        boolean best = request.sectionId() != null || request.quantity() != null;
        if (explicit == best) {
            throw DomainException.invalid("Give either 'seatIds', or 'sectionId' with 'quantity'");
        }
        record OnSale(boolean queued, boolean partnerEnabled, String partnerId) {
        }
        OnSale onSale = tx.withHandle(h -> h.createQuery("SELECT s.queue_enabled, p.enabled, p.id FROM sessions s "
                        + "JOIN events e ON e.id = s.event_id JOIN partners p ON p.id = e.partner_id WHERE s.id = :id")
                .bind("id", request.sessionId())
                .map((rs, ctx) -> new OnSale(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3))).findOne())
                .orElseThrow(() -> DomainException.notFound("Session " + request.sessionId()));
        if (caller.partnerId() != null && !caller.partnerId().equals(onSale.partnerId())) {
            // a partner's own box office (its cashiers, its kiosks) sells that partner's events only
            throw DomainException.forbidden("This " + caller.role().name().toLowerCase(java.util.Locale.ROOT)
                    + " account sells only its own partner's events; session " + request.sessionId()
                    + " belongs to another partner");
        }
        if (!onSale.partnerEnabled()) {
            throw DomainException.conflict("This event is not on sale: its organiser is disabled");
        }
        if (onSale.queued()) {
            queue.requireAdmission(caller, request.sessionId(), queueToken);
        }
        Hold hold = explicit
                ? holdSeats(caller, channel, request.sessionId(), parseSeatIds(request.seatIds()))
                : holdBestAvailable(caller, channel, request);
        metrics.holdCreated(channel);
        return hold;
    }

    private Hold holdBestAvailable(Principal caller, Channel channel, HoldRequest request) {
        if (request.sectionId() == null || request.quantity() == null) {
            throw DomainException.invalid("Best available needs both 'sectionId' and 'quantity'");
        }
        int quantity = request.quantity();
        if (quantity < 1 || quantity > MAX_SEATS_PER_HOLD) {
            throw DomainException.invalid("'quantity' must be between 1 and " + MAX_SEATS_PER_HOLD);
        }
        SectionShape shape = shape(request.sectionId());
        if (shape.rowMiddles().isEmpty()) {
            throw DomainException.notFound("Section " + request.sectionId());
        }
        for (int attempt = 1; ; attempt++) {
            List<Long> picked;
            try {
                picked = bestFreeSeats(request.sessionId(), request.sectionId(), quantity, shape);
            } catch (SeatsUnavailableException soldOut) {
                metrics.holdConflict(channel);
                throw soldOut;
            }
            try {
                return holdSeats(caller, channel, request.sessionId(), picked);
            } catch (SeatsUnavailableException raced) {
                // another buyer took some of them between our read and our lock: look again
                if (attempt >= BEST_AVAILABLE_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Reads the section's free seats best rows first, a chunk at a time, until a chunk holds
     * an ideal choice or the section has no more: a stadium stand of 15,000 seats is
     * usually decided by its first few free rows.
     */
    private List<Long> bestFreeSeats(String sessionId, String sectionId, int quantity, SectionShape shape) {
        long now = clock.millis();
        for (int limit = FIRST_CHUNK; ; limit *= 8) {
            int wanted = limit;
            List<BestAvailable.Candidate> free = tx.withHandle(h -> freeSeats(h, tx, sessionId, sectionId, now, wanted,
                    shape));
            boolean wholeSection = free.size() < limit;
            Optional<BestAvailable.Choice> choice = BestAvailable.choose(free, quantity,
                    rank -> shape.rowMiddles().getOrDefault(rank, 0.0));
            if (choice.isPresent() && (choice.get().ideal() || wholeSection)) {
                return choice.get().spotIds();
            }
            if (wholeSection) {
                throw new SeatsUnavailableException(free.isEmpty() ? "This section is sold out"
                        : "Only " + free.size() + " seats left in this section", List.of());
            }
        }
    }

    /** The section's free seats best rows first, up to {@code limit}, from the inventory alone (its index). */
    private static List<BestAvailable.Candidate> freeSeats(Handle h, Transactions tx, String sessionId,
                                                           String sectionId, long now, int limit, SectionShape shape) {
        org.jdbi.v3.core.mapper.RowMapper<BestAvailable.Candidate> candidate = (rs, ctx) -> new BestAvailable.Candidate(
                rs.getLong(1), rs.getInt(2), rs.getInt(3), shape.accessible().contains(rs.getLong(1)), true,
                shape.aisles().blockOf(rs.getInt(2), rs.getInt(3)));
        List<BestAvailable.Candidate> seats = new ArrayList<>(h.createQuery(
                        "SELECT ss.spot_id, ss.row_rank, ss.seat_number FROM session_seats ss"
                                + tx.useIndex("session_seats_best") + " WHERE ss.session_id = :s AND ss.section_id = :sec "
                                + "AND ss.status = 'AVAILABLE' ORDER BY " + BEST_ORDER + " LIMIT :limit")
                .bind("s", sessionId).bind("sec", sectionId).bind("limit", limit)
                .map(candidate)
                .list());
        if (seats.size() == limit) {
            // the last row may be cut short by the limit: leave it for a larger read
            int lastRow = seats.get(seats.size() - 1).rowRank();
            if (seats.get(0).rowRank() != lastRow) {
                seats.removeIf(c -> c.rowRank() == lastRow);
            }
        }
        // seats of holds that ran out but were not swept yet are free too
        seats.addAll(h.createQuery("SELECT ss.spot_id, ss.row_rank, ss.seat_number FROM session_seats ss"
                        + tx.useIndex("session_seats_expiry") + " WHERE ss.status = 'HELD' "
                        + "AND ss.held_until < :now AND ss.session_id = :s AND ss.section_id = :sec")
                .bind("now", now).bind("s", sessionId).bind("sec", sectionId)
                .map(candidate)
                .list());
        return seats;
    }

    /**
     * A section's seats were laid out anew, or a seat was marked for wheelchairs: read its shape
     * again. Another backend process sharing the database reads it within a minute, which only
     * shifts which free seats best-available prefers, never which seats exist.
     */
    public void layoutChanged(String sectionId) {
        shapes.remove(sectionId);
    }

    private SectionShape shape(String sectionId) {
        long now = clock.millis();
        SectionShape known = shapes.get(sectionId);
        if (known != null && now - known.readAt() < SHAPE_KEPT_MILLIS) {
            return known;
        }
        record Spot(long id, int rowRank, int number, boolean accessible, double x, double y) {
        }
        List<Spot> spots = tx.withHandle(h -> h.createQuery("SELECT id, row_rank, seat_number, accessible, x, y "
                        + "FROM spots WHERE section_id = :s")
                .bind("s", sectionId)
                .map((rs, ctx) -> new Spot(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4),
                        rs.getDouble(5), rs.getDouble(6)))
                .list());
        Map<Integer, int[]> rowEnds = new HashMap<>();
        Set<Long> accessible = new java.util.HashSet<>();
        for (Spot spot : spots) {
            rowEnds.merge(spot.rowRank(), new int[] {spot.number(), spot.number()},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            if (spot.accessible()) {
                accessible.add(spot.id());
            }
        }
        Map<Integer, Double> middles = new HashMap<>();
        rowEnds.forEach((rank, ends) -> middles.put(rank, (ends[0] + ends[1]) / 2.0));
        Aisles aisles = Aisles.of(spots.stream().map(s -> new Aisles.Spot(s.rowRank(), s.number(), s.x(), s.y()))
                .toList());
        SectionShape shape = new SectionShape(middles, accessible, aisles, now);
        if (!middles.isEmpty()) {
            shapes.put(sectionId, shape);
        }
        return shape;
    }

    private Hold holdSeats(Principal caller, Channel channel, String sessionId, List<Long> spotIds) {
        long now = clock.millis();
        long expiresAt = now + policy.initialFor(channel).toMillis();
        long maxExpiresAt = now + policy.capFor(channel).toMillis();
        String holdId = Ids.newId();
        try {
            tx.useTransaction(h -> {
                List<SeatRow> locked = h.createQuery("SELECT spot_id, status, held_until FROM session_seats "
                                + "WHERE session_id = :s AND spot_id IN (<ids>) ORDER BY spot_id FOR UPDATE")
                        .bind("s", sessionId).bindList("ids", spotIds)
                        .map((rs, ctx) -> new SeatRow(rs.getLong("spot_id"), rs.getString("status"),
                                rs.getLong("held_until")))
                        .list();
                if (locked.size() != spotIds.size()) {
                    Set<Long> known = new LinkedHashSet<>();
                    locked.forEach(r -> known.add(r.spotId()));
                    List<String> unknown = spotIds.stream().filter(id -> !known.contains(id)).map(String::valueOf).toList();
                    throw DomainException.invalid("Seats " + unknown + " are not part of session " + sessionId);
                }
                List<String> taken = locked.stream().filter(r -> !isFree(r.status(), r.heldUntil(), now))
                        .map(r -> Long.toString(r.spotId())).toList();
                if (!taken.isEmpty()) {
                    throw new SeatsUnavailableException("Some of these seats were just taken", taken);
                }
                h.createUpdate("INSERT INTO holds (id, session_id, account_id, channel, status, created_at, "
                                + "expires_at, max_expires_at) VALUES (:id, :s, :a, :c, 'ACTIVE', :now, :exp, :max)")
                        .bind("id", holdId).bind("s", sessionId).bind("a", caller.accountId())
                        .bind("c", channel.name()).bind("now", now).bind("exp", expiresAt).bind("max", maxExpiresAt)
                        .execute();
                // one statement per seat: a full primary-key lookup on both databases (H2 would
                // scan the whole session for "spot_id IN (...)" in an UPDATE)
                PreparedBatch take = h.prepareBatch("UPDATE session_seats SET status = 'HELD', hold_id = :h, "
                        + "held_until = :exp, order_id = NULL WHERE session_id = :s AND spot_id = :spot "
                        + "AND (status = 'AVAILABLE' OR (status = 'HELD' AND held_until < :now))");
                for (long spot : spotIds) {
                    take.bind("h", holdId).bind("exp", expiresAt).bind("s", sessionId).bind("now", now)
                            .bind("spot", spot).add();
                }
                int updated = IntStream.of(take.execute()).sum();
                if (updated != spotIds.size()) {
                    // cannot happen: the seats are locked and were free; no half hold is ever kept
                    throw new IllegalStateException("took " + updated + " of " + spotIds.size() + " locked free seats");
                }
            });
        } catch (SeatsUnavailableException e) {
            metrics.holdConflict(channel);
            throw e;
        }
        return new Hold(holdId, sessionId, spotIds.stream().map(String::valueOf).toList(), Instant.ofEpochMilli(expiresAt));
    }

    public Hold get(Principal caller, String holdId) {
        return tx.withHandle(h -> {
            HoldRow hold = ownedHold(h, caller, holdId);
            return toHold(h, hold);
        });
    }

    /** Gives an active hold more time because its buyer is still acting, up to the channel's cap. */
    public Hold extend(Principal caller, String holdId) {
        return tx.inTransaction(h -> {
            HoldRow hold = ownedHold(h, caller, holdId);
            long now = clock.millis();
            requireActive(hold, now);
            Channel channel = Channel.valueOf(hold.channel());
            long expiresAt = Math.max(hold.expiresAt(),
                    Math.min(now + policy.initialFor(channel).toMillis(), hold.maxExpiresAt()));
            h.createUpdate("UPDATE holds SET expires_at = :e WHERE id = :id").bind("e", expiresAt)
                    .bind("id", holdId).execute();
            h.createUpdate("UPDATE session_seats SET held_until = :e WHERE hold_id = :id AND status = 'HELD'")
                    .bind("e", expiresAt).bind("id", holdId).execute();
            return toHold(h, hold.withExpiresAt(expiresAt));
        });
    }

    /** Gives the seats back at once; releasing twice is harmless. */
    public void release(Principal caller, String holdId) {
        tx.useTransaction(h -> {
            HoldRow hold = ownedHold(h, caller, holdId);
            if (hold.status().equals("CONVERTED")) {
                throw DomainException.conflict("This hold was paid for; cancel the order instead");
            }
            h.createUpdate("UPDATE holds SET status = 'RELEASED' WHERE id = :id AND status = 'ACTIVE'")
                    .bind("id", holdId).execute();
            freeSeatsOf(h, holdId);
            h.createUpdate("UPDATE orders SET status = 'EXPIRED' WHERE hold_id = :id AND status = 'PENDING_PAYMENT'")
                    .bind("id", holdId).execute();
        });
    }

    static int freeSeatsOf(Handle h, String holdId) {
        return h.createUpdate("UPDATE session_seats SET status = 'AVAILABLE', hold_id = NULL, held_until = NULL "
                        + "WHERE hold_id = :id AND status = 'HELD'")
                .bind("id", holdId).execute();
    }

    private HoldRow ownedHold(Handle h, Principal caller, String holdId) {
        HoldRow hold = h.createQuery("SELECT id, session_id, account_id, channel, status, expires_at, max_expires_at "
                        + "FROM holds WHERE id = :id")
                .bind("id", holdId)
                .map((rs, ctx) -> new HoldRow(rs.getString("id"), rs.getString("session_id"),
                        rs.getString("account_id"), rs.getString("channel"), rs.getString("status"),
                        rs.getLong("expires_at"), rs.getLong("max_expires_at")))
                .findOne()
                .orElseThrow(() -> DomainException.notFound("Hold " + holdId));
        if (!hold.accountId().equals(caller.accountId()) && !caller.is(Role.ADMIN)) {
            throw DomainException.notFound("Hold " + holdId); // not yours: do not even confirm it exists
        }
        return hold;
    }

    private static void requireActive(HoldRow hold, long now) {
        if (!hold.status().equals("ACTIVE") || hold.expiresAt() < now) {
            throw new DomainException(DomainException.Kind.HOLD_EXPIRED, "This hold has expired; choose the seats again");
        }
    }

    private static Hold toHold(Handle h, HoldRow hold) {
        List<String> seats = h.createQuery("SELECT spot_id FROM session_seats WHERE hold_id = :id ORDER BY spot_id")
                .bind("id", hold.id()).mapTo(Long.class).map(String::valueOf).list();
        return new Hold(hold.id(), hold.sessionId(), seats, Instant.ofEpochMilli(hold.expiresAt()));
    }

    private static List<Long> parseSeatIds(List<String> seatIds) {
        if (seatIds.size() > MAX_SEATS_PER_HOLD) {
            throw DomainException.invalid("At most " + MAX_SEATS_PER_HOLD + " seats per hold");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : seatIds) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException | NullPointerException e) {
                throw DomainException.invalid("'" + id + "' is not a seat id");
            }
        }
        return new ArrayList<>(ids);
    }

    static boolean isFree(String status, long heldUntil, long now) {
        return status.equals("AVAILABLE") || (status.equals("HELD") && heldUntil < now);
    }

    private record SeatRow(long spotId, String status, long heldUntil) {
    }

    record HoldRow(String id, String sessionId, String accountId, String channel, String status, long expiresAt,
                   long maxExpiresAt) {
        HoldRow withExpiresAt(long e) {
            return new HoldRow(id, sessionId, accountId, channel, status, e, maxExpiresAt);
        }
    }
}
