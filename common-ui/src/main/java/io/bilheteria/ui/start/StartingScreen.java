package io.bilheteria.ui.start;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * What an app shows from its first frame until its backend answers: the name and a spinner.
 * Waiting for the backend (a bundled one may still be migrating its database) happens on a
 * thread of its own, never the FX thread; then the app opens its real screens.
 */
public final class StartingScreen {
    private final Label title = new Label("Bilheteria");

    private StartingScreen(Stage stage, double width, double height) {
        title.setStyle("-fx-font-size: 48px; -fx-text-fill: white;");
        VBox splash = new VBox(32, title, new ProgressIndicator());
        splash.setAlignment(Pos.CENTER);
        splash.setStyle("-fx-background-color: #101418;");
        stage.setScene(new Scene(splash, width, height));
    }

    /** Puts the starting screen on the stage; the caller shows the stage (full screen or not). */
    public static StartingScreen on(Stage stage, double width, double height) {
        return new StartingScreen(stage, width, height);
    }

    /**
     * Waits on a background thread for {@code backendUrl} (which may block until a bundled
     * backend is up), then calls {@code open} with it on the FX thread. If getting the URL
     * fails, the starting screen says {@code failureText} and the cause goes to {@code failed}
     * (the app's log), on the waiting thread.
     */
    public void whenBackendReady(Supplier<String> backendUrl, Consumer<String> open,
                                 Consumer<RuntimeException> failed, String failureText) {
        Thread boot = new Thread(() -> {
            try {
                String url = backendUrl.get();
                Platform.runLater(() -> open.accept(url));
            } catch (RuntimeException e) { // CompletionException too: the bundled backend failed
                failed.accept(e);
                Platform.runLater(() -> title.setText(failureText));
            }
        }, "app-boot");
        boot.setDaemon(true);
        boot.start();
    }
}
