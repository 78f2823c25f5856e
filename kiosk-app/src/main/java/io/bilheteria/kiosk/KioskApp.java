package io.bilheteria.kiosk;

import io.bilheteria.kiosk.bundled.BundledBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.KioskWindow;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The totem application. Shows a starting screen at once, waits for the bundled backend
 * when no backend URL is set, then opens the kiosk.
 */
public final class KioskApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);
    private static KioskConfig config;
    private static CompletableFuture<BundledBackend> bundled;
    private UiTaskExecutor tasks;

    /**
     * Set by {@link KioskMain} before launch (JavaFX builds the application itself). The
     * bundled backend, if any, is already starting: it boots while JavaFX starts, not after.
     */
    static void configure(KioskConfig settings, CompletableFuture<BundledBackend> bundledBackend) {
        config = settings;
        bundled = bundledBackend;
    }

    @Override
    public void start(Stage stage) {
        Label starting = new Label("Bilheteria");
        starting.setStyle("-fx-font-size: 48px; -fx-text-fill: white;");
        VBox splash = new VBox(32, starting, new ProgressIndicator());
        splash.setAlignment(Pos.CENTER);
        splash.setStyle("-fx-background-color: #101418;");
        stage.setScene(new Scene(splash, 1920, 1080));
        if (!config.windowed()) {
            stage.setFullScreen(true);
        }
        stage.show();
        log.info("starting screen shown {} ms after the JVM started", sinceJvmStart());
        tasks = new UiTaskExecutor(2);
        Thread boot = new Thread(() -> {
            try {
                String url = bundled == null ? config.backendUrl() : bundled.join().baseUrl();
                log.info("backend ready {} ms after the JVM started", sinceJvmStart());
                Platform.runLater(() -> {
                    KioskWindow.open(stage, config, url, Clock.systemDefaultZone(), tasks);
                    log.info("attract screen shown {} ms after the JVM started", sinceJvmStart());
                });
            } catch (RuntimeException e) { // CompletionException too: the bundled backend failed
                log.error("the kiosk could not start", e);
                Platform.runLater(() -> starting.setText("Fora de serviço / Out of service"));
            }
        }, "kiosk-boot");
        boot.setDaemon(true);
        boot.start();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (bundled != null) {
            bundled.thenAccept(BundledBackend::close);
        }
    }
}
