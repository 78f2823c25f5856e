package io.bilheteria.ui.idle;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** System time, ticked by a JavaFX timeline (start and stop on the FX thread). */
final class TimelineTickSource implements TickSource {

    private final javafx.util.Duration interval;
    private Timeline timeline;

    TimelineTickSource(Duration interval) {
        this.interval = javafx.util.Duration.millis(interval.toMillis());
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void start(Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(interval, event -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
