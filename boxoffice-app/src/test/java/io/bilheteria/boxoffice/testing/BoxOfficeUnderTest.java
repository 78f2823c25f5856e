package io.bilheteria.boxoffice.testing;

import io.bilheteria.boxoffice.gate.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Path;
import javafx.stage.Stage;

/** The box office window on a stage, talking to a real backend with the small demo: for TestFX tests. */
public final class BoxOfficeUnderTest implements AutoCloseable {
    private final LocalBackend backend;
    private final UiTaskExecutor tasks;
    private final BoxOfficeWindow window;

    private BoxOfficeUnderTest(Stage stage, Path dataDir) {
        backend = new LocalBackend();
        tasks = new UiTaskExecutor(2);
        window = BoxOfficeWindow.open(stage, BoxOfficeConfig.of(dataDir, backend.baseUrl(), null, null),
                backend.baseUrl(), tasks);
    }

    /** On the FX thread (a TestFX {@code @Start}): the sign-in shows. */
    public static BoxOfficeUnderTest open(Stage stage, Path dataDir) {
        return new BoxOfficeUnderTest(stage, dataDir);
    }

    public LocalBackend backend() {
        return backend;
    }

    @Override
    public void close() {
        window.close();
        tasks.close();
        backend.close();
    }
}
