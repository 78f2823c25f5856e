package io.bilheteria.kiosk.checkout;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test class of the kiosk with one backend for all its tests and a fresh kiosk per test.
 * TestFX looks for {@code @Start} and {@code @Stop} on the test class itself, so each class
 * declares them and calls {@link #open} and {@code kiosk.close()}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class KioskTest {
    static LocalBackend backend;
    @TempDir
    static Path dataDir;
    KioskHandle kiosk;
    FxRobot robot;

    @BeforeAll
    static void startBackend() {
        backend = new LocalBackend();
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    void open(Stage stage, KioskConfig config) {
        kiosk = KioskHandle.open(stage, config, backend.baseUrl());
    }

    @BeforeEach
    void robot(FxRobot driver) {
        robot = driver;
        kiosk.with(driver);
    }
}
