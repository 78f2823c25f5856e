package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.Terminals;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The backend goes away in the middle of a purchase and comes back on the same address: the
 * kiosk says it is out of service, keeps asking by itself, and settles what was under way.
 * Each test has its own backend, since each one takes it down.
 */
@ExtendWith(ApplicationExtension.class)
class OutOfServiceTest {
    private static final long BACK_WITHIN_SECONDS = 4 * OutOfServiceViewModel.RETRY_EVERY.toSeconds();
    @TempDir
    static Path dataDir;
    private LocalBackend backend;
    private KioskHandle kiosk;

    @Start
    void start(Stage stage) {
        backend = new LocalBackend();
        kiosk = KioskHandle.open(stage, KioskConfig.defaults(dataDir), backend.baseUrl());
    }

    @Stop
    void stop() {
        kiosk.close();
        backend.close();
    }

    @BeforeEach
    void customer(FxRobot robot) {
        kiosk.with(robot);
    }

    @Test
    void aPaymentCutOffIsSettledWhenTheBackendIsBackAndNothingIsCharged() {
        Hold hold = kiosk.atIdentify(2);
        kiosk.tap("identify-guest").fill("guest-email", "identify-keyboard", "ze@ex.com").tap("guest-submit");
        kiosk.waitFor(Place.REVIEW);
        kiosk.tap("review-pay");
        kiosk.waitFor(Place.PAYMENT);
        String code = kiosk.sale().orderCode().orElseThrow();

        backend.stop();
        kiosk.tap("card-APPROVES");

        kiosk.waitFor(Place.OUT_OF_SERVICE);
        assertThat(kiosk.text("oos-title")).isEqualTo("Temporariamente fora de serviço");
        assertThat(kiosk.text("oos-message")).contains("pagamento", "Nada será cobrado duas vezes");
        assertThat(kiosk.visible("busy")).as("no busy veil while retrying").isFalse();

        backend.restart();

        kiosk.waitUntil(BACK_WITHIN_SECONDS, () -> kiosk.visible("oos-ok"), "the kiosk back in service");
        assertThat(kiosk.text("oos-message")).contains("Nada foi cobrado");
        assertThat(backend.cashier().orderByCode(code).status()).isNotEqualTo(OrderStatus.PAID);
        assertThat(seatStatuses(hold)).containsOnly(SeatStatus.AVAILABLE);

        kiosk.tap("oos-ok");
        kiosk.waitFor(Place.ATTRACT);
        assertThat(kiosk.sale().orderCode()).isEmpty();
    }

    @Test
    void withoutAPaymentUnderWayTheKioskStartsOverOnceTheBackendIsBack() {
        Hold hold = kiosk.atIdentify(1);
        kiosk.tap("identify-login").fill("login-email", "identify-keyboard", "ana@example.com")
                .fill("login-password", "identify-keyboard", "demo-customer");

        backend.stop();
        kiosk.tap("login-submit");

        kiosk.waitFor(Place.OUT_OF_SERVICE);
        assertThat(kiosk.text("oos-message")).contains("Volte em alguns minutos");

        backend.restart();

        kiosk.waitUntil(BACK_WITHIN_SECONDS, () -> kiosk.window().navigator().getPlace() == Place.ATTRACT,
                "the kiosk back on the attract screen");
        assertThat(kiosk.sale().hold()).isEmpty();
        assertThat(seatStatuses(hold)).containsOnly(SeatStatus.AVAILABLE);
    }

    private List<SeatStatus> seatStatuses(Hold hold) {
        String sessionId = hold.sessionId();
        return Terminals.kiosk(backend).call(c -> c.seatMap(sessionId)).seats().stream()
                .filter(s -> hold.seatIds().contains(s.id())).map(s -> s.status()).toList();
    }
}
