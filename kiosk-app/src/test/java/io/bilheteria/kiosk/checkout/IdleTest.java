package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.kiosk.Terminals;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A customer walks away mid-purchase: the kiosk asks, then starts over, and the next customer sees nothing of it.
 * The idle clock stands still until the test moves it.
 */
class IdleTest extends KioskTest {
    private static final Duration IDLE = Duration.ofSeconds(60);
    private static final Duration WARNING = Duration.ofSeconds(30);

    private final HandMovedIdleClock idleClock = new HandMovedIdleClock();

    @Start
    void start(Stage stage) {
        kiosk = KioskHandle.open(stage, KioskConfig.defaults(dataDir).withIdle(IDLE, WARNING), backend.baseUrl(),
                Clock.systemUTC(), idleClock);
    }

    @Stop
    void stop() {
        kiosk.close();
    }

    @Test
    void aCustomerWhoWalksAwayIsForgottenAndTheirSeatsAreFreedForTheNext() {
        Hold first = kiosk.atIdentify(2);
        kiosk.tap("identify-guest").fill("guest-email", "identify-keyboard", "primeiro@ex.com");

        idleClock.advance(IDLE.minusSeconds(1));
        assertThat(kiosk.visible("idle-prompt")).as("a minute less a second: not yet").isFalse();
        idleClock.advance(Duration.ofSeconds(1));
        kiosk.waitUntil(() -> kiosk.visible("idle-prompt"), "the are-you-still-there prompt");
        assertThat(kiosk.window().navigator().getPlace()).isEqualTo(Place.IDENTIFY);
        idleClock.advance(WARNING);
        kiosk.waitFor(Place.ATTRACT);
        assertThat(kiosk.visible("idle-prompt")).isFalse();
        kiosk.waitUntil(() -> kiosk.sale().hold().isEmpty(), "the sale forgotten");
        String sessionId = first.sessionId();
        assertThat(Terminals.kiosk(backend).call(c -> c.seatMap(sessionId)).seats().stream()
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

        // far longer than the idle time and its warning together: nothing may happen meanwhile
        idleClock.advance(IDLE.plus(WARNING).multipliedBy(10));
        assertThat(kiosk.window().navigator().getPlace()).isEqualTo(Place.PAYMENT);
        assertThat(kiosk.visible("idle-prompt")).isFalse();

        kiosk.tap("payment-cancel");
        kiosk.waitFor(Place.REVIEW);
        idleClock.advance(IDLE);
        kiosk.waitUntil(() -> kiosk.visible("idle-prompt"), "the are-you-still-there prompt");
        idleClock.advance(WARNING);
        kiosk.waitFor(Place.ATTRACT);
    }

    @Test
    void aBuyerWhoWalksAwayFromTheReceiptAndSuggestionsLeavesTheKioskToTheNext() {
        kiosk.atIdentify(1);
        kiosk.tap("identify-print-only");
        kiosk.waitFor(Place.REVIEW);
        kiosk.tap("review-pay").tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);
        kiosk.waitUntil(() -> kiosk.visible("done-suggestions"), "the suggestions");

        idleClock.advance(IDLE);
        kiosk.waitUntil(() -> kiosk.visible("idle-prompt"), "the are-you-still-there prompt");
        idleClock.advance(WARNING);

        kiosk.waitFor(Place.ATTRACT);
        kiosk.waitUntil(() -> kiosk.sale().tickets().isEmpty(), "the buyer forgotten");
        assertThat(kiosk.sale().event()).isEmpty();
    }
}
