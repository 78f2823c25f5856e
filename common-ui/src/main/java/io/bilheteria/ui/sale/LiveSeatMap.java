package io.bilheteria.ui.sale;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.tasks.TaskHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a sale's seat map in step with the other channels while it is on screen: every few
 * seconds the session's seats are asked again and their states applied. The seats this sale
 * holds are drawn as its own selection, never as taken. Used on the FX thread.
 */
public final class LiveSeatMap {
    private static final Logger log = LoggerFactory.getLogger(LiveSeatMap.class);
    private static final Duration POLL_EVERY = Duration.seconds(3);
    private final SeatMapView map;
    private final Sale sale;
    private final TaskExecutor tasks;
    private final Timeline polling = new Timeline(new KeyFrame(POLL_EVERY, e -> refresh()));
    private TaskHandle poll;

    public LiveSeatMap(SeatMapView map, Sale sale, TaskExecutor tasks) {
        this.map = map;
        this.sale = sale;
        this.tasks = tasks;
        polling.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Shows a session's freshly loaded map, even of the session shown before: no selection but
     * the seats this sale holds, the whole map in view; then follows it.
     */
    public void show(SeatMap seatMap) {
        map.setSeatMap(null);
        map.setSeatMap(asSeenByThisSale(seatMap));
        heldSeats().forEach(map::select);
        refresh();
        polling.playFromStart();
    }

    /** Asks for the seats now instead of at the next tick, e.g. after a hold was refused. */
    public void refresh() {
        if (poll != null) {
            return; // the last answer is still on its way
        }
        poll = BackgroundTask.of(sale::refreshSeatMap)
                .onSuccess(fresh -> {
                    poll = null;
                    apply(fresh);
                })
                .onFailure(failure -> {
                    poll = null;
                    // the next tick tries again; the seller's own action reports a lasting outage
                    log.debug("seat map refresh failed: {}", failure.toString());
                })
                .executeWith(tasks);
    }

    /** Stops following, when the map leaves the screen. */
    public void stop() {
        polling.stop();
        if (poll != null) {
            poll.cancel();
            poll = null;
        }
    }

    private void apply(SeatMap fresh) {
        SeatMap shown = map.getSeatMap();
        if (shown == null || !shown.sessionId().equals(fresh.sessionId())) {
            return;
        }
        Map<String, SeatStatus> statuses = new HashMap<>(fresh.seats().size() * 2);
        for (Seat seat : asSeenByThisSale(fresh).seats()) {
            statuses.put(seat.id(), seat.status());
        }
        map.updateStatuses(statuses);
    }

    private SeatMap asSeenByThisSale(SeatMap seatMap) {
        Set<String> held = heldSeats();
        if (held.isEmpty()) {
            return seatMap;
        }
        List<Seat> seats = seatMap.seats().stream()
                .map(s -> held.contains(s.id()) && s.status() == SeatStatus.HELD
                        ? new Seat(s.id(), s.sectionId(), s.row(), s.number(), s.x(), s.y(), s.accessible(),
                        SeatStatus.AVAILABLE)
                        : s)
                .toList();
        return new SeatMap(seatMap.sessionId(), seatMap.sections(), seats);
    }

    private Set<String> heldSeats() {
        return sale.hold().map(h -> Set.copyOf(h.seatIds())).orElse(Set.of());
    }
}
