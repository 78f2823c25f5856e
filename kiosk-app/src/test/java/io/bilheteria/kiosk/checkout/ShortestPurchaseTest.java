package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The commonest totem purchase, two seats by best available, counted in taps from the
 * attract loop to the card terminal: the kiosk's target is six.
 */
class ShortestPurchaseTest extends KioskTest {
    private int taps;

    @Start
    void start(Stage stage) {
        open(stage, KioskConfig.defaults(dataDir));
    }

    @Stop
    void stop() {
        kiosk.close();
    }

    private void tap(String id) {
        kiosk.tap(id);
        taps++;
    }

    @Test
    void twoBestSeatsReachTheCardTerminalInSixTaps() {
        kiosk.waitFor(Place.ATTRACT);
        kiosk.waitUntil(() -> !kiosk.text("attract-title").isEmpty(), "a featured event");

        tap("attract-featured");
        kiosk.waitFor(Place.SESSIONS);
        kiosk.waitUntil(() -> !robot.lookup(".session-button").queryAll().isEmpty(), "the sessions");
        javafx.scene.Node session = robot.lookup(".session-button").match((javafx.scene.Node node) -> !node.isDisabled())
                .query();
        robot.clickOn(session);
        taps++;
        kiosk.waitFor(Place.SEATS);
        tap("best-available");
        kiosk.waitFor(Place.ADDONS);
        tap("addons-skip");
        kiosk.waitFor(Place.IDENTIFY);
        tap("identify-print-only");
        kiosk.waitFor(Place.REVIEW);
        kiosk.waitUntil(() -> !kiosk.text("review-total").isEmpty(), "the total");
        tap("review-pay");
        kiosk.waitFor(Place.PAYMENT);

        assertThat(taps).isEqualTo(6);
        assertThat(kiosk.sale().hold().orElseThrow().seatIds()).hasSize(2);

        tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);
        String code = kiosk.sale().orderCode().orElseThrow();
        assertThat(backend.cashier().orderByCode(code).status()).isEqualTo(OrderStatus.PAID);
        assertThat(backend.cashier().orderByCode(code).email()).as("no e-mail asked for").isNull();
    }
}
