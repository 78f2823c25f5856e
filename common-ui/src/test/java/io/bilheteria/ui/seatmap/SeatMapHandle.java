package io.bilheteria.ui.seatmap;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a {@link SeatMapView} the way a user does: taps seats where they are drawn. */
final class SeatMapHandle {
    /** Longer than the platform's multi-click time (Monocle: 500 ms), so two taps on one spot are two taps. */
    private static final long PAST_DOUBLE_TAP_MS = 650;

    private final FxRobot robot;
    private final SeatMapView map;

    SeatMapHandle(FxRobot robot, SeatMapView map) {
        this.robot = robot;
        this.map = map;
    }

    /** Where the seat is drawn, in screen coordinates. */
    Point2D screenPointOf(String seatId) {
        return onFx(() -> map.localToScreen(map.seatCenterInLocal(seatId).orElseThrow()));
    }

    /** Where a map point (map units) is drawn, in screen coordinates. */
    Point2D screenPointOfMap(double x, double y) {
        return onFx(() -> map.localToScreen(map.mapToLocal(x, y)));
    }

    /** The map point under a screen point. */
    Point2D mapPointAt(Point2D screen) {
        return onFx(() -> map.localToMap(map.screenToLocal(screen).getX(), map.screenToLocal(screen).getY()));
    }

    void tap(String seatId) {
        robot.clickOn(screenPointOf(seatId));
    }

    /** Taps the same spot as the previous tap, late enough not to make it a double tap. */
    void tapAgain(String seatId) {
        robot.sleep(PAST_DOUBLE_TAP_MS);
        tap(seatId);
    }

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
