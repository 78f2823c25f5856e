package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.Terminals;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.idle.IdleTimer;
import java.nio.file.Path;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A customer who lets the seats' time run out is told so and is back at the seat choice, seats released. */
@ExtendWith(ApplicationExtension.class)
class HoldExpiryTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    @TempDir
    static Path dataDir;
    private final ShiftedClock clock = new ShiftedClock();
    private KioskHandle kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHandle.open(stage, KioskConfig.defaults(dataDir), backend.baseUrl(), clock,
                IdleTimer.realTicks());
    }

    @Stop
    void stop() {
        kiosk.close();
    }

    @Test
    void whenTheCountdownRunsOutTheSeatsAreReleasedAndTheCustomerChoosesAgain(FxRobot robot) {
        kiosk.with(robot);
        Hold hold = kiosk.atIdentify(2);
        assertThat(kiosk.visible("hold-countdown")).isTrue();

        clock.advance(Duration.between(clock.instant(), hold.expiresAt()));
        kiosk.waitUntil(() -> kiosk.window().navigator().getPlace() == Place.SEATS, "back at the seat choice");
        kiosk.waitUntil(() -> kiosk.visible("message"), "the message");
        assertThat(kiosk.text("message-text")).isEqualTo(
                "O tempo acabou e os lugares foram liberados. Escolha de novo, por favor.");
        assertThat(kiosk.sale().hold()).isEmpty();
        String session = hold.sessionId();
        kiosk.waitUntil(() -> Terminals.kiosk(backend).call(c -> c.seatMap(session)).seats().stream()
                .filter(s -> hold.seatIds().contains(s.id())).allMatch(s -> s.status() == SeatStatus.AVAILABLE),
                "the seats on sale again");
        assertThat(kiosk.visible("hold-countdown")).isFalse();
    }
}
