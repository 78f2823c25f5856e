package io.bilheteria.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The starting screen waits for the backend off the FX thread, then opens the app, or says it could not start. */
@ExtendWith(ApplicationExtension.class)
class StartingScreenTest {
    private StartingScreen starting;

    @Start
    void start(Stage stage) {
        starting = StartingScreen.on(stage, 800, 600);
        stage.show();
    }

    @Test
    void theAppOpensOnTheFxThreadWithTheUrlOnceTheBackendAnswers() throws Exception {
        CompletableFuture<String> backend = new CompletableFuture<>();
        CompletableFuture<Boolean> waitedOffFxThread = new CompletableFuture<>();
        CompletableFuture<String> opened = new CompletableFuture<>();

        starting.whenBackendReady(() -> {
            waitedOffFxThread.complete(!Platform.isFxApplicationThread());
            return backend.join();
        }, url -> opened.complete(Platform.isFxApplicationThread() ? url : "not on the FX thread"),
                failure -> opened.completeExceptionally(failure), "failed");
        assertThat(waitedOffFxThread.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(opened).isNotDone();
        backend.complete("http://127.0.0.1:8080");

        assertThat(opened.get(5, TimeUnit.SECONDS)).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void aBackendThatFailsToStartLeavesAPlainSentenceAndTheCauseForTheLog(FxRobot robot) throws Exception {
        CompletableFuture<RuntimeException> logged = new CompletableFuture<>();

        starting.whenBackendReady(() -> {
            throw new IllegalStateException("database locked");
        }, url -> { }, logged::complete, "Fora de serviço");

        assertThat(logged.get(5, TimeUnit.SECONDS)).hasMessage("database locked");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Fora de serviço");
    }
}
