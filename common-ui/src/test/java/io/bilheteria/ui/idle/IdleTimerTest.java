package io.bilheteria.ui.idle;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.ui.idle.IdleTimer.State;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IdleTimerTest {

    private static final Duration IDLE = Duration.ofSeconds(60);
    private static final Duration WARNING = Duration.ofSeconds(30);

    private final ManualTickSource clock = new ManualTickSource();
    private final AtomicInteger timeOuts = new AtomicInteger();
    private Scene scene;
    private Button screen;
    private IdleTimer timer;

    @Start
    void start(Stage stage) {
        screen = new Button("Comprar");
        scene = new Scene(new StackPane(screen), 400, 300);
        stage.setScene(scene);
        stage.show();
        timer = new IdleTimer(scene, IDLE, WARNING, clock);
        timer.setOnTimedOut(timeOuts::incrementAndGet);
        timer.start();
    }

    @Test
    void nobodyTouchingWarnsWithACountdownThenTimesOutOnce(FxRobot robot) {
        advance(robot, Duration.ofSeconds(59));
        assertThat(timer.getState()).isEqualTo(State.ACTIVE);

        advance(robot, Duration.ofSeconds(1));
        assertThat(timer.getState()).isEqualTo(State.WARNING);
        assertThat(timer.getCountdown()).isEqualTo(Duration.ofSeconds(30));

        advance(robot, Duration.ofSeconds(10));
        assertThat(timer.getCountdown()).isEqualTo(Duration.ofSeconds(20));
        assertThat(timeOuts).hasValue(0);

        advance(robot, Duration.ofSeconds(20));
        assertThat(timer.getState()).isEqualTo(State.TIMED_OUT);
        assertThat(timeOuts).hasValue(1);

        advance(robot, Duration.ofMinutes(5));
        assertThat(timeOuts).as("times out once, until someone comes back").hasValue(1);
    }

    @Test
    void aClickDuringTheWarningStartsAFreshIdlePeriod(FxRobot robot) {
        advance(robot, Duration.ofSeconds(70));
        assertThat(timer.getState()).isEqualTo(State.WARNING);

        robot.clickOn(screen);
        assertThat(timer.getState()).isEqualTo(State.ACTIVE);

        advance(robot, Duration.ofSeconds(59));
        assertThat(timer.getState()).isEqualTo(State.ACTIVE);
        advance(robot, Duration.ofSeconds(2));
        assertThat(timer.getState()).isEqualTo(State.WARNING);
        assertThat(timer.getCountdown()).isEqualTo(Duration.ofSeconds(29));
        assertThat(timeOuts).hasValue(0);
    }

    @Test
    void aTouchOrAKeyPressDuringTheWarningAlsoCounts(FxRobot robot) {
        advance(robot, Duration.ofSeconds(70));
        robot.interact(() -> Event.fireEvent(screen, touchPressed()));
        assertThat(timer.getState()).isEqualTo(State.ACTIVE);

        advance(robot, Duration.ofSeconds(70));
        robot.type(KeyCode.SPACE);
        assertThat(timer.getState()).isEqualTo(State.ACTIVE);
    }

    @Test
    void comingBackAfterTheTimeOutMakesItActiveAgain(FxRobot robot) {
        advance(robot, Duration.ofSeconds(90));
        assertThat(timer.getState()).isEqualTo(State.TIMED_OUT);

        robot.clickOn(screen);

        assertThat(timer.getState()).isEqualTo(State.ACTIVE);
    }

    @Test
    void whilePausedItNeitherWarnsNorTimesOut(FxRobot robot) {
        advance(robot, Duration.ofSeconds(65));
        robot.interact(() -> timer.setPaused(true));
        assertThat(timer.getState()).as("pausing ends the warning").isEqualTo(State.ACTIVE);

        advance(robot, Duration.ofMinutes(10));
        assertThat(timer.getState()).isEqualTo(State.ACTIVE);
        assertThat(timeOuts).hasValue(0);

        robot.interact(() -> timer.setPaused(false));
        advance(robot, Duration.ofSeconds(59));
        assertThat(timer.getState()).as("resuming starts a fresh idle period").isEqualTo(State.ACTIVE);
        advance(robot, Duration.ofSeconds(31));
        assertThat(timer.getState()).isEqualTo(State.TIMED_OUT);
    }

    @Test
    void aStoppedTimerIgnoresInputAndTime(FxRobot robot) {
        advance(robot, Duration.ofSeconds(70));
        robot.interact(timer::stop);

        robot.clickOn(screen);
        advance(robot, Duration.ofMinutes(5));

        assertThat(timer.getState()).isEqualTo(State.WARNING);
        assertThat(timeOuts).hasValue(0);
    }

    @Test
    void onTheRealClockItTimesOutByItself(FxRobot robot) throws Exception {
        robot.interact(timer::stop);
        AtomicInteger realTimeOuts = new AtomicInteger();
        IdleTimer real = new IdleTimer(scene, Duration.ofMillis(300), Duration.ofMillis(300));
        real.setOnTimedOut(realTimeOuts::incrementAndGet);
        robot.interact(real::start);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> realTimeOuts.get() == 1);
        assertThat(real.getState()).isEqualTo(State.TIMED_OUT);
        robot.interact(real::stop);
    }

    private void advance(FxRobot robot, Duration duration) {
        robot.interact(() -> clock.advance(duration));
    }

    private TouchEvent touchPressed() {
        TouchPoint point = new TouchPoint(1, TouchPoint.State.PRESSED, 10, 10, 10, 10, screen,
                new PickResult(screen, 10, 10));
        return new TouchEvent(TouchEvent.TOUCH_PRESSED, point, List.of(point), 1, false, false, false, false);
    }
}
