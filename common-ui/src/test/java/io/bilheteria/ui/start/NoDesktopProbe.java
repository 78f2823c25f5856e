package io.bilheteria.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * An app started the way the kiosk and the box office start: a bundled "backend" whose
 * thread would keep the JVM alive, then the window. Run in a JVM of its own by {@link DesktopLaunchTest}.
 */
public final class NoDesktopProbe {
    private NoDesktopProbe() {
    }

    /** Its own class, as in the apps: a main class that is an Application trips the JavaFX module check. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.show();
        }
    }

    public static void main(String[] args) {
        Path closedMarker = Path.of(args[0]);
        Thread serving = new Thread(() -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "backend-serving");
        serving.start();
        AutoCloseable backend = () -> {
            Files.writeString(closedMarker, "closed");
            serving.interrupt();
        };
        DesktopLaunch.launch(Window.class, "The probe", CompletableFuture.completedFuture(backend));
    }
}
