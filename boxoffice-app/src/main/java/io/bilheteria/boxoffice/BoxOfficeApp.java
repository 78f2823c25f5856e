package io.bilheteria.boxoffice;

import io.bilheteria.backend.bundled.BundledBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.ui.start.StartingScreen;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The box office application: a starting screen until the backend answers, then the sign-in. */
public final class BoxOfficeApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(BoxOfficeApp.class);
    private static BoxOfficeConfig config;
    private static CompletableFuture<BundledBackend> bundled;
    private UiTaskExecutor tasks;
    private BoxOfficeWindow window;

    /** Set by {@link BoxOfficeMain} before launch; the bundled backend, if any, is already starting. */
    static void configure(BoxOfficeConfig settings, CompletableFuture<BundledBackend> bundledBackend) {
        config = settings;
        bundled = bundledBackend;
    }

    @Override
    public void start(Stage stage) {
        StartingScreen starting = StartingScreen.on(stage, 1600, 900);
        stage.setTitle("Bilheteria");
        stage.setMaximized(true);
        stage.show();
        tasks = new UiTaskExecutor(3);
        starting.whenBackendReady(
                () -> bundled == null ? config.backendUrl().orElseThrow() : bundled.join().baseUrl(),
                url -> window = BoxOfficeWindow.open(stage, config, url, tasks),
                failure -> log.error("the box office could not start", failure),
                "O servidor embutido não iniciou. Veja o registro.");
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (bundled != null) {
            bundled.thenAccept(BundledBackend::close);
        }
    }
}
