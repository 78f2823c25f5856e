package io.bilheteria.backend.testing;

import io.bilheteria.api.live.Reload;
import io.bilheteria.api.live.SeatChange;
import io.bilheteria.api.live.SessionAvailability;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.LiveStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a live stream handed over, in the order it arrived, for a test to wait on: each {@code next}
 * waits at most {@link #PATIENCE} and fails the test when nothing came.
 */
public final class StreamRecorder implements LiveStream.Listener {
    public static final Duration PATIENCE = Duration.ofSeconds(10);
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final CountDownLatch open = new CountDownLatch(1);
    private final CountDownLatch dropped = new CountDownLatch(1);
    private volatile int droppedStatus = -1;

    @Override
    public void seats(SeatChange change) {
        received.add(change);
    }

    @Override
    public void reload(Reload reload) {
        received.add(reload);
    }

    @Override
    public void availability(SessionAvailability availability) {
        received.add(availability);
    }

    @Override
    public void opened() {
        open.countDown();
    }

    @Override
    public void dropped(int status, Throwable failure) {
        droppedStatus = status;
        dropped.countDown();
    }

    /**
     * A seat map that followed {@code session} while {@code change} was made and then went away:
     * the id of the change it read last, to resume from.
     */
    public static String lastReadWhile(BilheteriaClient client, String session, Runnable change) {
        StreamRecorder seatMap = new StreamRecorder();
        try (LiveStream stream = client.followSession(session, null, seatMap)) {
            seatMap.awaitOpen();
            change.run();
            seatMap.nextChange();
            return stream.lastEventId();
        }
    }

    /** Waits until the stream is open: what changes from now on reaches it. */
    public StreamRecorder awaitOpen() {
        await(open, "the stream to open");
        return this;
    }

    /** Waits until the stream ended; the HTTP status when it was refused, else 0. */
    public int awaitDropped() {
        await(dropped, "the stream to end");
        return droppedStatus;
    }

    public SeatChange nextChange() {
        return next(SeatChange.class);
    }

    public Reload nextReload() {
        return next(Reload.class);
    }

    public SessionAvailability nextAvailability() {
        return next(SessionAvailability.class);
    }

    /** What arrived and was not taken yet, without waiting. */
    public int waiting() {
        return received.size();
    }

    private <T> T next(Class<T> type) {
        try {
            Object item = received.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (item == null) {
                throw new AssertionError("no " + type.getSimpleName() + " arrived within " + PATIENCE);
            }
            if (!type.isInstance(item)) {
                throw new AssertionError("expected a " + type.getSimpleName() + " but " + item + " arrived");
            }
            return type.cast(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("waited " + PATIENCE + " for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
