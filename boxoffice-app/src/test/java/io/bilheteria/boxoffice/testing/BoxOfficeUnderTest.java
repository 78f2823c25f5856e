package io.bilheteria.boxoffice.testing;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The box office window on a stage, talking to a real backend with the small demo: for TestFX tests. */
public final class BoxOfficeUnderTest implements AutoCloseable {
    private final LocalBackend backend;
    private final UiTaskExecutor tasks;
    private final BoxOfficeWindow window;

    private BoxOfficeUnderTest(Stage stage, Path dataDir, UnaryOperator<BoxOfficeConfig> configured) {
        backend = new LocalBackend();
        tasks = new UiTaskExecutor(2);
        window = BoxOfficeWindow.open(stage, configured.apply(BoxOfficeConfig.of(dataDir, backend.baseUrl(), null,
                null)), backend.baseUrl(), tasks);
    }

    /** On the FX thread (a TestFX {@code @Start}): the sign-in shows. */
    public static BoxOfficeUnderTest open(Stage stage, Path dataDir) {
        return new BoxOfficeUnderTest(stage, dataDir, UnaryOperator.identity());
    }

    /** As {@link #open(Stage, Path)}, the workstation set up as the test says (e.g. its counter's name). */
    public static BoxOfficeUnderTest open(Stage stage, Path dataDir, UnaryOperator<BoxOfficeConfig> configured) {
        return new BoxOfficeUnderTest(stage, dataDir, configured);
    }

    public LocalBackend backend() {
        return backend;
    }

    /** The window's scene, where a keyboard-wedge scanner types. */
    public Scene scene() {
        return window.scene();
    }

    @Override
    public void close() {
        window.close();
        tasks.close();
        backend.close();
    }
}
