package io.bilheteria.api.live;

/** The names of the server-sent events of the live streams. */
public final class LiveEvents {
    /** Data: a {@link SeatChange}. */
    public static final String SEATS = "seats";
    /** Data: a {@link Reload}. */
    public static final String RELOAD = "reload";
    /** Data: a {@link SessionAvailability}. */
    public static final String AVAILABILITY = "availability";
    /** The media type of the streams. */
    public static final String EVENT_STREAM = "text/event-stream";

    private LiveEvents() {
    }
}
