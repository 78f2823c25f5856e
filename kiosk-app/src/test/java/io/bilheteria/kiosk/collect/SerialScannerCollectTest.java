package io.bilheteria.kiosk.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.devices.serial.SocatPair;
import io.bilheteria.kiosk.KioskWindow;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A QR scanner on the kiosk's serial port ({@code scanner=serial:...} in kiosk.properties): a socat
 * pseudo-terminal pair stands in for its cable, and the test writes at the far end what the scanner
 * sends when the buyer shows the e-mail's order code.
 */
@ExtendWith(ApplicationExtension.class)
class SerialScannerCollectTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    @TempDir
    static Path dir;
    private static SocatPair cable;
    private UiTaskExecutor tasks;
    private KioskWindow kiosk;

    @BeforeAll
    static void plugIn() throws Exception {
        cable = SocatPair.open(dir);
    }

    @AfterAll
    static void unplug() throws Exception {
        cable.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new UiTaskExecutor(2);
        kiosk = KioskWindow.open(stage, KioskConfig.defaults(dir).withWindowed(true)
                        .withScanner("serial:" + cable.app() + "?baud=9600"), backend.baseUrl(), Clock.systemUTC(), tasks);
    }

    @Stop
    void stop() {
        kiosk.navigator().go(Place.MAINTENANCE);
        kiosk.stop();
        tasks.close();
    }

    @Test
    void theOrderCodeReadOnTheSerialScannerOpensItsCollection(FxRobot robot) throws Exception {
        String code = OnlineOrders.boughtByAna(backend, 1);
        waitUntil(() -> kiosk.navigator().getPlace() == Place.ATTRACT);

        try (OutputStream scanner = new FileOutputStream(cable.device().toFile())) {
            scanner.write((code + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            scanner.flush();
        }

        waitUntil(() -> kiosk.navigator().getPlace() == Place.COLLECT_BUYER);
        assertThat(robot.lookup("#collect-order").queryAs(Labeled.class).getText()).isEqualTo("Pedido " + code);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
