package io.bilheteria.boxoffice.tour;

import static io.bilheteria.boxoffice.testing.Fx.onFx;

import io.bilheteria.boxoffice.testing.ScenePng;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** What a tour does in the box office's window: keys, fields, buttons, and a PNG of the scene. */
final class TourSteps {
    private final Path out;
    private Scene scene;

    TourSteps(Path out) throws java.io.IOException {
        this.out = Files.createDirectories(out);
    }

    /** Opens the box office in a 1920x1080 window on the backend; the next steps act on it. */
    BoxOfficeWindow open(Path data, LocalBackend backend, UiTaskExecutor tasks) throws Exception {
        BoxOfficeWindow window = onFx(() -> {
            Stage stage = new Stage();
            stage.setWidth(1920);
            stage.setHeight(1080);
            return BoxOfficeWindow.open(stage, BoxOfficeConfig.of(data, backend.baseUrl(), "norte-1", null),
                    backend.baseUrl(), tasks);
        });
        on(window.scene());
        return window;
    }

    /** The window's scene the next steps act on (a restarted window has a new one). */
    void on(Scene shown) {
        scene = shown;
    }

    /** Keys typed into the focused node, as a person at the desk types them. */
    void type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            onFx(() -> {
                Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "",
                        KeyCode.UNDEFINED, false, false, false, false));
                return null;
            });
            Thread.sleep(60);
        }
    }

    void press(KeyCode key) throws Exception {
        onFx(() -> {
            Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key,
                    false, false, false, false));
            return null;
        });
    }

    /** Sets a text field as a mouse user fills it in. */
    void fill(String selector, String text) throws Exception {
        onFx(() -> {
            ((TextInputControl) lookup(selector)).setText(text);
            return null;
        });
    }

    void click(String selector) throws Exception {
        onFx(() -> {
            ((Button) lookup(selector)).fire();
            return null;
        });
    }

    Node lookup(String selector) {
        return scene.lookup(selector);
    }

    void shot(String name) throws Exception {
        Thread.sleep(500);
        ScenePng.save(scene, out.resolve(name + ".png"));
        System.out.println("saved " + out.resolve(name + ".png"));
    }
}
