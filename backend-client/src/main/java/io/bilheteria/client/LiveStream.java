package io.bilheteria.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bilheteria.api.live.LiveEvents;
import io.bilheteria.api.live.Reload;
import io.bilheteria.api.live.SeatChange;
import io.bilheteria.api.live.SessionAvailability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * One open server-sent event stream of the backend (a session's seat changes or an event's
 * availability), read by OkHttp's {@code okhttp-sse} on OkHttp's own thread: the listener is called
 * there, so a UI hands the work over to its own thread. The stream does not reconnect by itself: when
 * it drops, {@link Listener#dropped} says so and the caller opens a new one with {@link #lastEventId()},
 * and reads the seat map meanwhile.
 */
public final class LiveStream implements AutoCloseable {
    /** Three of the backend's 15 s heartbeats missed: the connection is dead. */
    static final Duration SILENCE_LIMIT = Duration.ofSeconds(45);

    private final EventSource source;
    private volatile String lastEventId;

    /** What a stream hands over. Every method has a default: a caller implements what its stream sends. */
    public interface Listener {
        /** Event {@code seats} of a session's stream. */
        default void seats(SeatChange change) {
        }

        /** Event {@code reload}: read the seat map again; the stream goes on. */
        default void reload(Reload reload) {
        }

        /** Event {@code availability} of an event's stream. */
        default void availability(SessionAvailability availability) {
        }

        /** The stream is open: from now on no change is missed. */
        default void opened() {
        }

        /**
         * The stream ended without {@link #close()}: {@code status} is the HTTP status when the backend
         * refused it (404, 503...), else 0; {@code failure} the I/O failure, or null when the backend ended it.
         */
        default void dropped(int status, Throwable failure) {
        }
    }

    LiveStream(OkHttpClient http, Request.Builder request, String lastEventId, ObjectMapper mapper,
               Listener listener) {
        this.lastEventId = lastEventId;
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        OkHttpClient streaming = http.newBuilder().readTimeout(SILENCE_LIMIT).build();
        this.source = EventSources.createFactory(streaming).newEventSource(
                request.header("Accept", LiveEvents.EVENT_STREAM).build(), new EventSourceListener() {
                    @Override
                    public void onOpen(EventSource eventSource, Response response) {
                        listener.opened();
                    }

                    @Override
                    public void onEvent(EventSource eventSource, String id, String type, String data) {
                        switch (type == null ? "" : type) {
                            case LiveEvents.SEATS -> {
                                SeatChange change = read(mapper, data, SeatChange.class);
                                // before the listener: whoever it tells may ask where to resume
                                LiveStream.this.lastEventId = id;
                                listener.seats(change);
                            }
                            case LiveEvents.RELOAD -> listener.reload(read(mapper, data, Reload.class));
                            case LiveEvents.AVAILABILITY ->
                                    listener.availability(read(mapper, data, SessionAvailability.class));
                            default -> {
                                // an event a newer backend sends: not for this client
                            }
                        }
                    }

                    @Override
                    public void onClosed(EventSource eventSource) {
                        listener.dropped(0, null);
                    }

                    @Override
                    public void onFailure(EventSource eventSource, Throwable t, Response response) {
                        listener.dropped(response == null ? 0 : response.code(), t);
                    }
                });
    }

    private static <T> T read(ObjectMapper mapper, String data, Class<T> type) {
        try {
            return mapper.readValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the last seat change read, to resume after it; null before the first (and on availability streams). */
    public String lastEventId() {
        return lastEventId;
    }

    /** Closes the stream; the listener hears nothing more. */
    @Override
    public void close() {
        source.cancel();
    }
}
