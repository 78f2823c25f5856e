package io.bilheteria.backend.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bilheteria.api.live.LiveEvents;
import io.bilheteria.api.live.Reload;
import io.bilheteria.api.live.SeatChange;
import io.bilheteria.api.live.SessionAvailability;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.live.SeatChangeFeed;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live streams, public like the seat map: a session's seat changes
 * ({@code GET /sessions/{id}/events}, resumed by {@code Last-Event-ID}) and the availability of an
 * event's sessions ({@code GET /events/{id}/availability}). A stream holds no request thread: its
 * frames are written by a small pool, and a comment every {@link #HEARTBEAT_EVERY} keeps proxies
 * from closing it while nothing happens and finds clients that went away.
 */
public final class LiveRoutes implements AutoCloseable {
    static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(15);
    /** A write blocked this long belongs to a client that stopped reading: its connection is cut. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration WATCH_EVERY = Duration.ofSeconds(1);
    /** Client's reconnection delay after a dropped connection, sent as the stream's {@code retry}. */
    static final long RETRY_MILLIS = 1_000;
    private static final int WRITERS = 4;

    private final SeatChangeFeed feed;
    private final Set<EventStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> daemon(r, "event-stream-writer-"
            + threads.incrementAndGet()));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r ->
            daemon(r, "event-stream-heartbeat"));
    private long lastHeartbeat = System.nanoTime();

    LiveRoutes(SeatChangeFeed feed) {
        this.feed = feed;
    }

    /** Starts the heartbeat and the watch over stuck writes: when the server starts, not when the app is built. */
    void startWatching() {
        heartbeat.scheduleWithFixedDelay(this::watch, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    void register(Javalin app) {
        app.events(events -> {
            events.serverStarted(this::startWatching);
            events.serverStopping(this::close);
        });
        app.get(ApiServer.V1 + "/sessions/{id}/events", this::sessionEvents);
        app.get(ApiServer.V1 + "/events/{id}/availability", this::availability);
    }

    private void sessionEvents(Context ctx) {
        Long lastEventId = lastEventId(ctx);
        EventStream stream = new EventStream(ctx, writers);
        stream.comment("seat changes of session " + ctx.pathParam("id"));
        SeatChangeFeed.Following following = feed.followSession(ctx.pathParam("id"), lastEventId,
                new SeatChangeFeed.SessionListener() {
                    @Override
                    public void changed(SeatChange change) {
                        stream.event(LiveEvents.SEATS, change.id(), json(change));
                    }

                    @Override
                    public void reload(Reload reload) {
                        stream.event(LiveEvents.RELOAD, null, json(reload));
                    }
                });
        start(stream, following);
    }

    private void availability(Context ctx) {
        EventStream stream = new EventStream(ctx, writers);
        stream.comment("availability of the sessions of event " + ctx.pathParam("id"));
        SeatChangeFeed.Following following = feed.followEvent(ctx.pathParam("id"),
                (SessionAvailability availability) -> stream.event(LiveEvents.AVAILABILITY, null, json(availability)));
        start(stream, following);
    }

    private void start(EventStream stream, SeatChangeFeed.Following following) {
        open.add(stream);
        stream.start(() -> {
            following.close();
            open.remove(stream);
        });
    }

    /** The id after which a reconnecting client wants the changes; absent on a first connection. */
    private static Long lastEventId(Context ctx) {
        String header = ctx.header("Last-Event-ID");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(header.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw DomainException.invalid("Last-Event-ID must be the id of an event of this stream");
        }
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every second: cut the streams whose write is stuck; every {@link #HEARTBEAT_EVERY}, a comment to all. */
    private void watch() {
        long now = System.nanoTime();
        boolean beat = now - lastHeartbeat >= HEARTBEAT_EVERY.toNanos();
        for (EventStream stream : open) {
            if (stream.blockedFor(now) > WRITE_TIMEOUT.toMillis()) {
                stream.cut("a write was blocked for over " + WRITE_TIMEOUT);
            } else if (beat) {
                stream.comment("heartbeat");
            }
        }
        if (beat) {
            lastHeartbeat = now;
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        open.forEach(EventStream::end);
        writers.shutdownNow();
    }
}
