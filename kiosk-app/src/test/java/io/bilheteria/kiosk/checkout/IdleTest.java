package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A customer walks away mid-purchase: the kiosk asks, then starts over, and the next customer sees nothing of it. */
class IdleTest extends KioskTest {

    @Start
    void start(Stage stage) {
        open(stage, KioskConfig.defaults(dataDir).withIdle(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    @Stop
    void stop() {
        kiosk.close();
    }

    @Test
    void aCustomerWhoWalksAwayIsForgottenAndTheirSeatsAreFreedForTheNext() {
        Hold first = kiosk.atIdentify(2);
        kiosk.tap("identify-guest").fill("guest-email", "identify-keyboard", "primeiro@ex.com");

        kiosk.waitUntil(5, () -> kiosk.visible("idle-prompt"), "the are-you-still-there prompt");
        kiosk.waitFor(Place.ATTRACT);
        assertThat(kiosk.visible("idle-prompt")).isFalse();
        kiosk.waitUntil(() -> kiosk.sale().hold().isEmpty(), "the sale forgotten");
        String sessionId = first.sessionId();
        assertThat(backend.kiosk().call(c -> c.seatMap(sessionId)).seats().stream()
                .filter(s -> first.seatIds().contains(s.id())).map(s -> s.status()))
                .containsOnly(SeatStatus.AVAILABLE);

        Hold next = kiosk.atIdentify(1);
        kiosk.tap("identify-guest");
        assertThat(kiosk.node("guest-email", TextField.class).getText()).isEmpty();
        kiosk.type("identify-keyboard", "novo@ex.com").tap("guest-submit");
        kiosk.waitFor(Place.REVIEW);
        kiosk.waitUntil(() -> !kiosk.text("review-total").isEmpty(), "the review");
        assertThat(kiosk.text("review-buyer")).contains("novo@ex.com").doesNotContain("primeiro");
        assertThat(robot.lookup(".review-seat").queryAll()).hasSize(1);
        assertThat(kiosk.sale().hold().orElseThrow().seatIds()).isEqualTo(next.seatIds());
    }

    @Test
    void theKioskWaitsWhileTheCustomerPaysAndWatchesAgainAfterwards() {
        kiosk.atIdentify(1);
        kiosk.tap("identify-guest").fill("guest-email", "identify-keyboard", "ze@ex.com").tap("guest-submit");
        kiosk.waitFor(Place.REVIEW);
        kiosk.tap("review-pay");
        kiosk.waitFor(Place.PAYMENT);

        // longer than the idle time and its warning together: nothing may happen meanwhile
        WaitForAsyncUtils.sleep(5, TimeUnit.SECONDS);
        assertThat(kiosk.ctx().navigator().getPlace()).isEqualTo(Place.PAYMENT);
        assertThat(kiosk.visible("idle-prompt")).isFalse();

        kiosk.tap("payment-cancel");
        kiosk.waitFor(Place.REVIEW);
        kiosk.waitUntil(5, () -> kiosk.visible("idle-prompt"), "the are-you-still-there prompt");
        kiosk.waitFor(Place.ATTRACT);
    }
}
