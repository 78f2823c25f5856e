package io.bilheteria.backend.live;

import io.bilheteria.api.live.AvailabilityState;
import io.bilheteria.api.live.Reload;
import io.bilheteria.api.live.SeatChange;
import io.bilheteria.api.live.SectionAvailability;
import io.bilheteria.api.live.SessionAvailability;
import io.bilheteria.backend.common.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's reader of the seat-change outbox: one thread tails it in id order and hands each
 * change to the streams following its session (and a recount to those following its event). Every
 * backend sharing the database tails the same table, so a change made through one reaches the
 * clients of all.
 *
 * <p>Ids are given out when a transaction inserts its row, but transactions commit in their own
 * order: id 41 may become visible after id 42, or never (rolled back; a sequence never hands an id
 * out twice). Remembering only the last id delivered would skip 41 for good. So the tailer stops at
 * the first missing id and holds everything after it back until the gap fills or has been open
 * {@link #GAP_WAIT}: a change set's transaction commits within milliseconds of writing its row, so a
 * gap that old is a rollback. A missing id given up on is still watched for {@link #LATE_WATCH}; if it
 * does commit after all, its session's streams are told to reload the seat map rather than be sent
 * a change out of order. The alternative, a lock or a commit-ordered sequence, would serialise every
 * sale of every session on one row.
 */
public final class SeatChangeFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SeatChangeFeed.class);
    /** How often the outbox is read: well under the second a seat map should take to follow a sale. */
    static final Duration POLL_EVERY = Duration.ofMillis(100);
    static final Duration GAP_WAIT = Duration.ofSeconds(2);
    static final Duration LATE_WATCH = Duration.ofMinutes(1);
    /**
     * How long changes are kept for clients that reconnect: longer than a kiosk's network hiccup or
     * a backend's restart; a client away longer reloads its seat map.
     */
    static final Duration KEEP = Duration.ofHours(1);
    /** Ranges of given-up ids watched at once; beyond, the oldest are forgotten. */
    private static final int MAX_WATCHED = 100;
    private static final int BATCH = 500;

    private final SeatChangeRepository outbox;
    private final Clock clock;
    private final ScheduledExecutorService tailer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "seat-change-feed");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Set<SessionFollower>> bySession = new ConcurrentHashMap<>();
    private final Map<String, Set<EventFollower>> byEvent = new ConcurrentHashMap<>();
    private final Map<String, String> eventOfSession = new ConcurrentHashMap<>();
    /** Every id up to this one was delivered or given up on; only the tailer thread writes it. */
    private volatile long delivered;
    /** The first missing id the tailer waits at, and since when (the clock's millis). */
    private long waitingAt = -1;
    private long waitingSince;
    private final Deque<GivenUp> givenUp = new ArrayDeque<>();

    private record GivenUp(long from, long to, long at) {
    }

    /** A stream following one session's seat changes. Called on the tailer's thread: must not block. */
    public interface SessionListener {
        void changed(SeatChange change);

        void reload(Reload reload);
    }

    /** A stream following the availability of an event's sessions. Called on the tailer's thread: must not block. */
    public interface EventListener {
        void availability(SessionAvailability availability);
    }

    /** Stops the following; idempotent. */
    public interface Following extends AutoCloseable {
        @Override
        void close();
    }

    public SeatChangeFeed(SeatChangeRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        // starts after what is there: older changes are in the seat maps clients read now; ids missing
        // among the newest may be transactions still open, watched as if given up on
        this.delivered = outbox.idRange().map(range -> range[1]).orElse(0L);
        watchMissingBefore(delivered, clock.millis());
        tailer.scheduleWithFixedDelay(this::pollSafely, 0, POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Follows a session's changes after {@code lastEventId} (null: from now on). The changes it
     * missed are sent first, from the outbox, then the live ones, each once and in id order; when
     * what it missed was pruned already, a reload first. 404 for an unknown session.
     */
    public Following followSession(String sessionId, Long lastEventId, SessionListener listener) {
        outbox.eventOf(sessionId).orElseThrow(() -> DomainException.notFound("Session " + sessionId));
        SessionFollower follower;
        long upTo;
        synchronized (this) {
            // under the tailer's own lock: nothing is dispatched between reading the mark and joining
            upTo = delivered;
            follower = new SessionFollower(listener, lastEventId == null ? upTo : Math.max(upTo, lastEventId));
            bySession.computeIfAbsent(sessionId, s -> new CopyOnWriteArraySet<>()).add(follower);
        }
        try {
            if (lastEventId != null && lastEventId < upTo) {
                if (pruned(lastEventId)) {
                    follower.catchUp(List.of(), new Reload(sessionId, "The changes after event " + lastEventId
                            + " are no longer kept: read the seat map again"));
                } else {
                    follower.catchUp(outbox.ofSession(sessionId, lastEventId, upTo).stream()
                            .map(SeatChangeFeed::change).toList(), null);
                }
            } else {
                follower.catchUp(List.of(), null);
            }
        } catch (RuntimeException e) {
            unfollow(sessionId, follower);
            throw e;
        }
        return () -> unfollow(sessionId, follower);
    }

    /** Whether changes after {@code lastEventId} may have been pruned. */
    private boolean pruned(long lastEventId) {
        // pruning keeps the newest row: an empty outbox was never written, or was just created
        return outbox.idRange().map(range -> lastEventId < range[0] - 1).orElse(lastEventId < delivered);
    }

    /**
     * Follows the availability of every session of an event: each session's now, then again each
     * time its seats change. 404 for an unknown event.
     */
    public Following followEvent(String eventId, EventListener listener) {
        List<String> sessions = outbox.sessionsOf(eventId)
                .orElseThrow(() -> DomainException.notFound("Event " + eventId));
        EventFollower follower = new EventFollower(listener);
        // joined before counting: a change meanwhile is counted again after, never missed
        byEvent.computeIfAbsent(eventId, e -> new CopyOnWriteArraySet<>()).add(follower);
        try {
            sessions.forEach(session -> eventOfSession.put(session, eventId));
            List<SessionAvailability> now = sessions.stream().map(session -> availability(eventId, session)).toList();
            follower.catchUp(now);
        } catch (RuntimeException e) {
            unfollowEvent(eventId, follower);
            throw e;
        }
        return () -> unfollowEvent(eventId, follower);
    }

    private void unfollow(String sessionId, SessionFollower follower) {
        bySession.computeIfPresent(sessionId, (s, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    private void unfollowEvent(String eventId, EventFollower follower) {
        byEvent.computeIfPresent(eventId, (e, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    /** Deletes the changes older than {@link #KEEP}. */
    public void prune() {
        outbox.pruneOlderThan(clock.millis() - KEEP.toMillis());
    }

    /** The streams following now: session streams and event streams. */
    public int followers() {
        return bySession.values().stream().mapToInt(Set::size).sum() + byEvent.values().stream().mapToInt(Set::size).sum();
    }

    /** Reads the outbox now rather than at the next round; done when that read's changes were handed out. */
    public Future<?> pollNow() {
        return tailer.submit(this::pollSafely);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the store is away: the same rows are read again at the next round
            log.warn("reading the seat-change outbox failed; will try again", e);
        }
    }

    private void poll() {
        long now = clock.millis();
        Set<String> recount = new LinkedHashSet<>();
        List<SeatChangeRepository.Row> rows;
        do {
            rows = outbox.after(delivered, BATCH);
            for (SeatChangeRepository.Row row : rows) {
                if (row.id() != delivered + 1 && !giveUpGapBefore(row.id(), now)) {
                    break;
                }
                dispatch(row, recount);
            }
        } while (rows.size() == BATCH && waitingAt < 0);
        watchGivenUp(now, recount);
        recount.forEach(this::sendAvailability);
    }

    /** True when the ids missing before {@code next} have been missing long enough to be rollbacks. */
    private boolean giveUpGapBefore(long next, long now) {
        long missing = delivered + 1;
        if (waitingAt != missing) {
            waitingAt = missing;
            waitingSince = now;
        }
        if (now - waitingSince < GAP_WAIT.toMillis()) {
            return false;
        }
        givenUp.addLast(new GivenUp(missing, next - 1, now));
        if (givenUp.size() > MAX_WATCHED) {
            givenUp.removeFirst();
        }
        synchronized (this) {
            delivered = next - 1;
        }
        return true;
    }

    private void dispatch(SeatChangeRepository.Row row, Set<String> recount) {
        SeatChange change = change(row);
        synchronized (this) {
            Set<SessionFollower> followers = bySession.get(row.sessionId());
            if (followers != null) {
                followers.forEach(f -> f.live(row.id(), change));
            }
            delivered = row.id();
            waitingAt = -1;
        }
        if (byEvent.containsKey(eventOf(row.sessionId()))) {
            recount.add(row.sessionId());
        }
    }

    /** Ids missing among the last {@link #BATCH} up to {@code upTo}: watched, as they may still commit. */
    private void watchMissingBefore(long upTo, long now) {
        long next = Math.max(1, upTo - BATCH + 1);
        for (SeatChangeRepository.Row row : outbox.between(next, upTo)) {
            if (row.id() > next) {
                givenUp.addLast(new GivenUp(next, row.id() - 1, now));
            }
            next = row.id() + 1;
        }
        while (givenUp.size() > MAX_WATCHED) {
            givenUp.removeFirst();
        }
    }

    /** A given-up id that commits after all: its session's streams reload, since order cannot be kept. */
    private void watchGivenUp(long now, Set<String> recount) {
        givenUp.removeIf(range -> now - range.at() > LATE_WATCH.toMillis());
        List<GivenUp> stillMissing = new ArrayList<>();
        for (var it = givenUp.iterator(); it.hasNext(); ) {
            GivenUp range = it.next();
            List<SeatChangeRepository.Row> late = outbox.between(range.from(), range.to());
            if (late.isEmpty()) {
                continue;
            }
            it.remove();
            long next = range.from();
            for (SeatChangeRepository.Row row : late) {
                if (row.id() > next) {
                    stillMissing.add(new GivenUp(next, row.id() - 1, range.at()));
                }
                next = row.id() + 1;
                log.warn("seat change {} committed after it had been given up on; its streams reload", row.id());
                Set<SessionFollower> followers = bySession.get(row.sessionId());
                if (followers != null) {
                    Reload reload = new Reload(row.sessionId(), "A change was committed late: read the seat map again");
                    followers.forEach(f -> f.reloadLive(reload));
                }
                if (byEvent.containsKey(eventOf(row.sessionId()))) {
                    recount.add(row.sessionId());
                }
            }
            if (next <= range.to()) {
                stillMissing.add(new GivenUp(next, range.to(), range.at()));
            }
        }
        givenUp.addAll(stillMissing);
    }

    private String eventOf(String sessionId) {
        String event = eventOfSession.get(sessionId);
        if (event == null) {
            event = outbox.eventOf(sessionId).orElse("");
            eventOfSession.put(sessionId, event);
        }
        return event;
    }

    private void sendAvailability(String sessionId) {
        String eventId = eventOf(sessionId);
        Set<EventFollower> followers = byEvent.get(eventId);
        if (followers != null) {
            SessionAvailability availability = availability(eventId, sessionId);
            followers.forEach(f -> f.live(availability));
        }
    }

    private SessionAvailability availability(String eventId, String sessionId) {
        List<SectionAvailability> sections = new ArrayList<>();
        long seats = 0;
        long available = 0;
        for (SeatChangeRepository.SectionCount count : outbox.availability(sessionId)) {
            sections.add(new SectionAvailability(count.sectionId(), count.seats(), count.available(),
                    AvailabilityState.of(count.available(), count.seats())));
            seats += count.seats();
            available += count.available();
        }
        return new SessionAvailability(eventId, sessionId, seats, available, AvailabilityState.of(available, seats),
                sections);
    }

    private static SeatChange change(SeatChangeRepository.Row row) {
        return new SeatChange(Long.toString(row.id()), row.sessionId(), row.kind(), row.kind().status(),
                row.spotIds().stream().map(String::valueOf).toList(), Instant.ofEpochMilli(row.changedAt()));
    }

    /**
     * A session stream: the live changes that arrive while it catches up are kept and sent after
     * what it missed; those at or before its floor (already sent, or seen through another backend)
     * are not sent again.
     */
    private static final class SessionFollower {
        private final SessionListener listener;
        private final long floor;
        private List<SeatChange> whileCatchingUp = new ArrayList<>();

        SessionFollower(SessionListener listener, long floor) {
            this.listener = listener;
            this.floor = floor;
        }

        synchronized void catchUp(List<SeatChange> missed, Reload reload) {
            if (reload != null) {
                listener.reload(reload);
            }
            missed.forEach(listener::changed);
            whileCatchingUp.forEach(listener::changed);
            whileCatchingUp = null;
        }

        synchronized void live(long id, SeatChange change) {
            if (id <= floor) {
                return;
            }
            if (whileCatchingUp != null) {
                whileCatchingUp.add(change);
            } else {
                listener.changed(change);
            }
        }

        synchronized void reloadLive(Reload reload) {
            listener.reload(reload);
        }
    }

    /** An event stream: recounts that arrive before its first counts are sent after them. */
    private static final class EventFollower {
        private final EventListener listener;
        private List<SessionAvailability> whileCatchingUp = new ArrayList<>();

        EventFollower(EventListener listener) {
            this.listener = listener;
        }

        synchronized void catchUp(List<SessionAvailability> now) {
            now.forEach(listener::availability);
            whileCatchingUp.forEach(listener::availability);
            whileCatchingUp = null;
        }

        synchronized void live(SessionAvailability availability) {
            if (whileCatchingUp != null) {
                whileCatchingUp.add(availability);
            } else {
                listener.availability(availability);
            }
        }
    }

    @Override
    public void close() {
        tailer.shutdownNow();
        try {
            tailer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
