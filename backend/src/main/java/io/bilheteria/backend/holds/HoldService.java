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
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.inventory.SeatInventoryRepository.FreeSeat;
import io.bilheteria.backend.inventory.SeatInventoryRepository.HoldRow;
import io.bilheteria.backend.inventory.SeatInventoryRepository.NewHold;
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

/**
 * Reserves seats for one buyer. Taking a hold is all-or-nothing: in one transaction the hold
 * is inserted (only if its session is on sale) and its seats taken by one conditional update;
 * if any seat was no longer free, nothing is kept. A hold that has run out can be taken over at once.
 */
public final class HoldService {
    public static final int MAX_SEATS_PER_HOLD = 20;
    private static final int FIRST_CHUNK = 256;
    private final Transactions tx;
    private final SeatInventoryRepository inventory;
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

    public HoldService(Transactions tx, SeatInventoryRepository inventory, Clock clock, HoldPolicy policy,
                       SalesMetrics metrics, VirtualQueue queue) {
        this.queue = queue;
        this.tx = tx;
        this.inventory = inventory;
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
        Hold hold = explicit
                ? holdSeats(caller, channel, request.sessionId(), parseSeatIds(request.seatIds()), queueToken, false)
                : holdBestAvailable(caller, channel, request, queueToken);
        metrics.holdCreated(channel);
        return hold;
    }

    private Hold holdBestAvailable(Principal caller, Channel channel, HoldRequest request, String queueToken) {
        if (request.sectionId() == null || request.quantity() == null) {
            throw DomainException.invalid("Best available needs both 'sectionId' and 'quantity'");
        }
        int quantity = request.quantity();
        if (quantity < 1 || quantity > MAX_SEATS_PER_HOLD) {
            throw DomainException.invalid("'quantity' must be between 1 and " + MAX_SEATS_PER_HOLD);
        }
        SectionShape shape = shape(request.sectionId());
        if (shape.rowMiddles().isEmpty()) {
            requireOnSale(caller, request.sessionId(), queueToken); // an unknown session says so first
            throw DomainException.notFound("Section " + request.sectionId());
        }
        try {
            // when another buyer is taking some of the chosen seats right now, the transaction starts
            // again with a fresh read, its locks given back (see holdSeats)
            return tx.inTransaction(() -> {
                List<Long> picked;
                try {
                    picked = bestFreeSeats(request.sessionId(), request.sectionId(), quantity, shape);
                } catch (SeatsUnavailableException soldOut) {
                    requireOnSale(caller, request.sessionId(), queueToken); // not on sale says more than sold out
                    throw soldOut;
                }
                return holdSeats(caller, channel, request.sessionId(), picked, queueToken, true);
            });
        } catch (SeatsUnavailableException e) {
            metrics.holdConflict(channel);
            throw e;
        }
    }

    /**
     * Reads the section's free seats best rows first, a chunk at a time, until a chunk holds
     * an ideal choice or the section has no more: a stadium stand of 15,000 seats is
     * usually decided by its first few free rows. Seats of holds that ran out (not swept yet)
     * are read too once the available ones alone give no ideal choice.
     */
    private List<Long> bestFreeSeats(String sessionId, String sectionId, int quantity, SectionShape shape) {
        long now = clock.millis();
        boolean withRunOutHolds = false;
        for (int limit = FIRST_CHUNK; ; ) {
            List<FreeSeat> read = inventory.freeSeats(sessionId, sectionId, now, limit, withRunOutHolds);
            // fewer available seats than asked for: the read reached the section's end
            boolean wholeSection = read.stream().filter(seat -> !seat.ofExpiredHold()).count() < limit;
            List<BestAvailable.Candidate> free = candidates(read, limit, shape);
            Optional<BestAvailable.Choice> choice = BestAvailable.choose(free, quantity,
                    rank -> shape.rowMiddles().getOrDefault(rank, 0.0));
            if (choice.isPresent() && (choice.get().ideal() || (wholeSection && withRunOutHolds))) {
                return choice.get().spotIds();
            }
            if (!withRunOutHolds) {
                withRunOutHolds = true; // the same chunk again, with the seats of holds that ran out
                continue;
            }
            if (wholeSection) {
                throw new SeatsUnavailableException(free.isEmpty() ? "This section is sold out"
                        : "Only " + free.size() + " seats left in this section", List.of());
            }
            limit *= 8;
        }
    }

    /**
     * The seats best-available may choose from: the available ones read up to {@code limit} (whose last
     * row may be cut short by the limit, so it is left for a larger read) and those of holds that ran out.
     */
    private static List<BestAvailable.Candidate> candidates(List<FreeSeat> seats, int limit, SectionShape shape) {
        List<FreeSeat> available = seats.stream().filter(s -> !s.ofExpiredHold()).toList();
        int lastRow = available.isEmpty() ? Integer.MIN_VALUE : available.get(available.size() - 1).rowRank();
        boolean cutShort = available.size() == limit && available.get(0).rowRank() != lastRow;
        List<BestAvailable.Candidate> candidates = new ArrayList<>(seats.size());
        for (FreeSeat seat : seats) {
            if (cutShort && !seat.ofExpiredHold() && seat.rowRank() == lastRow) {
                continue;
            }
            candidates.add(new BestAvailable.Candidate(seat.spotId(), seat.rowRank(), seat.number(),
                    shape.accessible().contains(seat.spotId()), true, shape.aisles().blockOf(seat.rowRank(), seat.number())));
        }
        return candidates;
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
        Map<Integer, int[]> rowEnds = new HashMap<>();
        Set<Long> accessible = new java.util.HashSet<>();
        List<SeatInventoryRepository.Spot> spots = inventory.spotsOfSection(sectionId);
        for (SeatInventoryRepository.Spot spot : spots) {
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

    /**
     * {@code picked}: best-available chose the seats; seats being taken by another buyer now are not
     * waited for (the locks of this attempt would be held while waiting, a deadlock in the making):
     * the whole transaction starts again instead, its locks given back.
     */
    private Hold holdSeats(Principal caller, Channel channel, String sessionId, List<Long> spotIds, String queueToken,
                           boolean picked) {
        long now = clock.millis();
        NewHold hold = new NewHold(Ids.newId(), sessionId, caller.accountId(), channel.name(), now,
                now + policy.initialFor(channel).toMillis(), now + policy.capFor(channel).toMillis());
        try {
            tx.inTransaction(() -> {
                SeatInventoryRepository.Unfree unfree = inventory.lock(sessionId, spotIds, now, picked);
                if (!unfree.none()) {
                    throw picked ? new Transactions.Contended(unavailable(sessionId, unfree))
                            : unavailable(sessionId, unfree);
                }
                if (!inventory.insertHoldIfOnSale(hold, caller.partnerId(), VirtualQueue.passesWithoutQueue(caller))) {
                    // the one reason the insert may refuse that is not final: a queued session, for the admitted
                    requireOnSale(caller, sessionId, queueToken);
                    if (!inventory.insertHoldIfOnSale(hold, caller.partnerId(), true)) {
                        throw DomainException.conflict("This event is not on sale now");
                    }
                }
                int taken = inventory.take(hold.id(), sessionId, spotIds, hold.expiresAt(), now);
                if (taken != spotIds.size()) {
                    // cannot happen: the seats are locked and were free; no half hold is ever kept
                    throw new IllegalStateException("took " + taken + " of " + spotIds.size() + " locked free seats");
                }
            });
        } catch (SeatsUnavailableException e) {
            if (!picked) {
                metrics.holdConflict(channel);
            }
            throw e;
        }
        return new Hold(hold.id(), sessionId, spotIds.stream().map(String::valueOf).toList(),
                Instant.ofEpochMilli(hold.expiresAt()));
    }

    /** Why some of the seats asked for cannot be held: not of the session, or taken by another buyer. */
    private static RuntimeException unavailable(String sessionId, SeatInventoryRepository.Unfree unfree) {
        if (!unfree.unknown().isEmpty()) {
            return DomainException.invalid("Seats " + unfree.unknown().stream().map(String::valueOf).toList()
                    + " are not part of session " + sessionId);
        }
        return new SeatsUnavailableException("Some of these seats were just taken",
                unfree.taken().stream().map(String::valueOf).toList());
    }

    /** Refuses a hold on a session that does not exist or is not on sale to this caller now. */
    private void requireOnSale(Principal caller, String sessionId, String queueToken) {
        SeatInventoryRepository.OnSale onSale = inventory.onSale(sessionId)
                .orElseThrow(() -> DomainException.notFound("Session " + sessionId));
        if (caller.partnerId() != null && !caller.partnerId().equals(onSale.partnerId())) {
            // a partner's own box office (its cashiers, its kiosks) sells that partner's events only
            throw DomainException.forbidden("This " + caller.role().name().toLowerCase(java.util.Locale.ROOT)
                    + " account sells only its own partner's events; session " + sessionId
                    + " belongs to another partner");
        }
        if (!onSale.partnerEnabled()) {
            throw DomainException.conflict("This event is not on sale: its organiser is disabled");
        }
        if (onSale.queued()) {
            queue.requireAdmission(caller, sessionId, queueToken);
        }
    }

    public Hold get(Principal caller, String holdId) {
        return tx.inTransaction(() -> toHold(ownedHold(caller, holdId)));
    }

    /** Gives an active hold more time because its buyer is still acting, up to the channel's cap. */
    public Hold extend(Principal caller, String holdId) {
        return tx.inTransaction(() -> {
            HoldRow hold = ownedHold(caller, holdId);
            long now = clock.millis();
            requireActive(hold, now);
            Channel channel = Channel.valueOf(hold.channel());
            long expiresAt = Math.max(hold.expiresAt(),
                    Math.min(now + policy.initialFor(channel).toMillis(), hold.maxExpiresAt()));
            inventory.extend(holdId, expiresAt);
            return toHold(hold.withExpiresAt(expiresAt));
        });
    }

    /** Gives the seats back at once; releasing twice is harmless. */
    public void release(Principal caller, String holdId) {
        tx.inTransaction(() -> {
            HoldRow hold = ownedHold(caller, holdId);
            if (hold.status().equals("CONVERTED")) {
                throw DomainException.conflict("This hold was paid for; cancel the order instead");
            }
            inventory.release(holdId);
        });
    }

    private HoldRow ownedHold(Principal caller, String holdId) {
        HoldRow hold = inventory.hold(holdId).orElseThrow(() -> DomainException.notFound("Hold " + holdId));
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

    private Hold toHold(HoldRow hold) {
        List<String> seats = inventory.seatsOfHold(hold.id()).stream().map(String::valueOf).toList();
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
}
