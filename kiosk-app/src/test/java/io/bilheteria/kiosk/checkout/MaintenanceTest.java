package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Staff reach the maintenance screen by the hidden corner and the PIN, test the printer and change settings. */
class MaintenanceTest extends KioskTest {

    @Start
    void start(Stage stage) {
        open(stage, KioskConfig.defaults(dataDir));
    }

    @Stop
    void stop() {
        kiosk.close();
    }

    @Test
    void theHiddenCornerAndTheRightPinOpenMaintenanceWhereThePrinterIsTested() {
        tapCornerFiveTimes();
        kiosk.type("staff-keypad", "1357");
        pressOk();
        kiosk.waitUntil(() -> "PIN incorreto".equals(kiosk.text("staff-pin-error")), "the wrong PIN refused");
        assertThat(kiosk.window().navigator().getPlace()).isEqualTo(Place.ATTRACT);

        kiosk.type("staff-keypad", "2468");
        pressOk();
        kiosk.waitFor(Place.MAINTENANCE);

        assertThat(kiosk.text("maint-printer-setting")).isEqualTo("Configuração da impressora: sim:");
        kiosk.tap("maint-printer-test");
        kiosk.waitUntil(() -> kiosk.node("maint-receipt", ImageView.class).getImage() != null, "the test receipt");
        assertThat(kiosk.text("maint-printer-status")).isEqualTo("Impressora: a impressora está pronta.");
        assertThat(kiosk.printer().lastReceipts()).hasSize(1);

        kiosk.printer().simulate(PrinterStatus.PAPER_OUT);
        kiosk.tap("maint-printer-test");
        kiosk.waitUntil(() -> kiosk.node("maint-receipt", ImageView.class).getImage() == null, "no paper");
        assertThat(kiosk.text("maint-printer-status")).isEqualTo("Impressora: a impressora está sem papel.");
    }

    @Test
    void settingsTypedOnTheTouchKeysAreSavedForTheNextStart() throws Exception {
        robot.interact(() -> kiosk.window().navigator().go(Place.MAINTENANCE));

        kiosk.tap("maint-backend-url").tap("maint-key-http").type("maint-keyboard", "10.0.0.5")
                .tap("maint-key-colon").type("maint-keyboard", "7070");
        kiosk.tap("maint-terminal-id").type("maint-keyboard", "b");
        kiosk.tap("maint-simulated");
        kiosk.tap("maint-save");

        kiosk.waitUntil(() -> kiosk.visible("maint-save-note"), "the saved note");
        assertThat(kiosk.text("maint-save-note")).contains("próxima inicialização");
        KioskConfig saved = KioskConfig.load(dataDir);
        assertThat(saved.backendUrl()).isEqualTo("http://10.0.0.5:7070");
        assertThat(saved.terminalId()).isEqualTo("totem-1b");
        assertThat(saved.simulatedDevices()).isFalse();
        assertThat(saved.maintenancePin()).isEqualTo("2468");
    }

    @Test
    void staffCloseTheKioskAndOnlyTheyOpenItAgain() {
        robot.interact(() -> kiosk.window().navigator().go(Place.MAINTENANCE));
        assertThat(kiosk.text("maint-closed")).isEqualTo("Totem aberto ao público");

        kiosk.tap("maint-closed");
        assertThat(kiosk.text("maint-closed")).isEqualTo("Totem fechado ao público");
        kiosk.tap("maint-back");

        kiosk.waitFor(Place.OUT_OF_SERVICE);
        assertThat(kiosk.text("oos-message")).isEqualTo(
                "Este totem está fechado no momento. Use outro totem ou procure a bilheteria.");

        tapCornerFiveTimes();
        kiosk.type("staff-keypad", "2468");
        pressOk();
        kiosk.waitFor(Place.MAINTENANCE);
        assertThat(kiosk.text("maint-closed")).isEqualTo("Totem fechado ao público");
        kiosk.tap("maint-closed").tap("maint-back");
        kiosk.waitFor(Place.ATTRACT);
    }

    private void tapCornerFiveTimes() {
        for (int i = 0; i < 5; i++) {
            kiosk.tap("staff-corner");
        }
        kiosk.waitUntil(() -> kiosk.visible("staff-pin-pad"), "the PIN pad");
    }

    private void pressOk() {
        robot.clickOn(robot.lookup("#staff-keypad .key-action").queryButton());
    }
}
