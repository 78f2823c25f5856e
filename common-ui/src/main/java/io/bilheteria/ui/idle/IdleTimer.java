package io.bilheteria.ui.idle;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;

/**
 * Notices when nobody has touched a scene for a while: after {@code idleTimeout} without a touch,
 * click, scroll or key press it enters {@link State#WARNING} and counts down {@code warningDuration};
 * if nobody touches the screen meanwhile it enters {@link State#TIMED_OUT} and runs
 * {@link #onTimedOutProperty() onTimedOut} once. Any input returns it to {@link State#ACTIVE}.
 *
 * <p>While {@link #pausedProperty() paused} (printing, waiting for the card terminal) it neither
 * warns nor times out; resuming starts a fresh idle period. Use it on the FX thread only.
 *
 * <pre>{@code
 * IdleTimer idle = new IdleTimer(scene, Duration.ofSeconds(60), Duration.ofSeconds(30));
 * idle.setOnTimedOut(() -> navigator.showAttractScreen());
 * warningOverlay.visibleProperty().bind(idle.stateProperty().isEqualTo(IdleTimer.State.WARNING));
 * idle.start();
 * }</pre>
 */
public final class IdleTimer {

    public enum State { ACTIVE, WARNING, TIMED_OUT }

    private static final Duration DEFAULT_TICK = Duration.ofMillis(200);
    private static final List<EventType<? extends Event>> ACTIVITY = List.of(
            MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED, KeyEvent.KEY_PRESSED, ScrollEvent.SCROLL);

    private final Scene scene;
    private final Duration idleTimeout;
    private final Duration warningDuration;
    private final TickSource ticks;
    private final EventHandler<Event> activityFilter = event -> reset();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.ACTIVE);
    private final ReadOnlyObjectWrapper<Duration> countdown = new ReadOnlyObjectWrapper<>(this, "countdown");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final ObjectProperty<Runnable> onTimedOut = new SimpleObjectProperty<>(this, "onTimedOut");
    private long lastActivity;
    private boolean running;

    /** A timer on the real clock, checking five times a second. */
    public IdleTimer(Scene scene, Duration idleTimeout, Duration warningDuration) {
        this(scene, idleTimeout, warningDuration, realTicks());
    }

    /** The real clock, checked five times a second: what a timer runs on unless a test gives it another. */
    public static TickSource realTicks() {
        return TickSource.timeline(DEFAULT_TICK);
    }

    public IdleTimer(Scene scene, Duration idleTimeout, Duration warningDuration, TickSource ticks) {
        this.scene = Objects.requireNonNull(scene);
        this.idleTimeout = requirePositive(idleTimeout, "idleTimeout");
        this.warningDuration = requirePositive(warningDuration, "warningDuration");
        this.ticks = Objects.requireNonNull(ticks);
        countdown.set(warningDuration);
        paused.addListener((observable, wasPaused, isPaused) -> {
            if (!isPaused) {
                reset();
            } else if (getState() == State.WARNING) {
                enter(State.ACTIVE, warningDuration);
            }
        });
    }

    /** Starts watching the scene's input and the clock; the idle period starts now. */
    public void start() {
        if (running) {
            return;
        }
        running = true;
        ACTIVITY.forEach(type -> scene.addEventFilter(type, activityFilter));
        reset();
        ticks.start(this::tick);
    }

    /** Stops watching; the state stays as it is. */
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        ACTIVITY.forEach(type -> scene.removeEventFilter(type, activityFilter));
        ticks.stop();
    }

    /** Starts a fresh idle period, as a touch does; a warning or time-out ends. */
    public void reset() {
        lastActivity = ticks.nanoTime();
        enter(State.ACTIVE, warningDuration);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** Time left before the time-out while warning; the full warning duration otherwise. */
    public ReadOnlyObjectProperty<Duration> countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public Duration getCountdown() {
        return countdown.get();
    }

    /** While true, the timer neither warns nor times out. */
    public BooleanProperty pausedProperty() {
        return paused;
    }

    public boolean isPaused() {
        return paused.get();
    }

    public void setPaused(boolean value) {
        paused.set(value);
    }

    /** Run once on the FX thread when the warning ends without a touch. */
    public ObjectProperty<Runnable> onTimedOutProperty() {
        return onTimedOut;
    }

    public void setOnTimedOut(Runnable value) {
        onTimedOut.set(value);
    }

    private void tick() {
        if (isPaused() || getState() == State.TIMED_OUT) {
            return;
        }
        Duration idle = Duration.ofNanos(ticks.nanoTime() - lastActivity);
        Duration left = idleTimeout.plus(warningDuration).minus(idle);
        if (left.isNegative() || left.isZero()) {
            enter(State.TIMED_OUT, Duration.ZERO);
            Runnable callback = onTimedOut.get();
            if (callback != null) {
                callback.run();
            }
        } else if (idle.compareTo(idleTimeout) >= 0) {
            enter(State.WARNING, left);
        }
    }

    private void enter(State newState, Duration timeLeft) {
        countdown.set(timeLeft);
        state.set(newState);
    }

    private static Duration requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
        return duration;
    }
}
