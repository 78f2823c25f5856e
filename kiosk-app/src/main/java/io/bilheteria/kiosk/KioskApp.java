package io.bilheteria.kiosk;

import io.bilheteria.backend.bundled.BundledBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.launch.FastStartLauncher;
import io.bilheteria.ui.start.StartingScreen;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
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
        StartingScreen starting = StartingScreen.on(stage, 1920, 1080);
        if (!config.windowed()) {
            stage.setFullScreen(true);
        }
        stage.show();
        log.info("starting screen shown {} ms after the kiosk was started", sinceJvmStart());
        tasks = new UiTaskExecutor(2);
        starting.whenBackendReady(() -> {
            String url = bundled == null ? config.backendUrl() : bundled.join().baseUrl();
            log.info("backend ready {} ms after the kiosk was started", sinceJvmStart());
            return url;
        }, url -> {
            KioskWindow.open(stage, config, url, Clock.systemDefaultZone(), tasks);
            log.info("attract screen shown {} ms after the kiosk was started", sinceJvmStart());
        }, failure -> log.error("the kiosk could not start", failure), "Fora de serviço / Out of service");
    }

    /** Counted from the user's command: the launcher's JVM when the kiosk runs in a child. */
    private static long sinceJvmStart() {
        String launchedAt = System.getProperty(FastStartLauncher.LAUNCHED_AT_PROPERTY);
        long start = launchedAt != null ? Long.parseLong(launchedAt) : ManagementFactory.getRuntimeMXBean().getStartTime();
        return System.currentTimeMillis() - start;
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
