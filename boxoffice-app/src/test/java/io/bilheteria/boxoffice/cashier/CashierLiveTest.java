package io.bilheteria.boxoffice.cashier;

import static io.bilheteria.boxoffice.cashier.CashierSteps.signIn;
import static io.bilheteria.boxoffice.testing.Fx.onFx;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.boxoffice.gate.LocalBackend;
import io.bilheteria.boxoffice.testing.BoxOfficeUnderTest;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The cashier's sessions list follows the other channels: seats a kiosk sells while the
 * cashier looks at the list come off its free seats by themselves, and the session the
 * cashier picked stays picked.
 */
@ExtendWith(ApplicationExtension.class)
class CashierLiveTest {
    @TempDir
    Path dataDir;
    private BoxOfficeUnderTest boxOffice;
    private LocalBackend backend;

    @Start
    void start(javafx.stage.Stage stage) {
        boxOffice = BoxOfficeUnderTest.open(stage, dataDir);
        backend = boxOffice.backend();
    }

    @Stop
    void stop() {
        boxOffice.close();
    }

    @Test
    void seatsSoldAtAKioskComeOffTheSessionsFreeSeatsAndThePickedSessionStaysPicked(FxRobot robot) {
        signIn(robot);
        robot.write("Compadecida");
        @SuppressWarnings("unchecked")
        ListView<SessionRow> sessions = robot.lookup("#cashier-sessions").queryListView();
        String session = backend.theatreSessions().get(1);
        // the list is read on the FX thread: between its new rows and the pick made again, it has none picked
        waitFor(() -> onFx(() -> row(sessions, session) != null), "the show's sessions");
        assertThat(onFx(() -> row(sessions, session).label())).contains("· 200 livres");
        robot.interact(() -> sessions.getSelectionModel().select(row(sessions, session)));

        backend.sell(session, 3);

        waitFor(() -> onFx(() -> row(sessions, session).label().contains("· 197 livres")),
                "the kiosk's sale on the list");
        assertThat(onFx(() -> sessions.getSelectionModel().getSelectedItem().session().id())).isEqualTo(session);
    }

    private static SessionRow row(ListView<SessionRow> sessions, String sessionId) {
        return sessions.getItems().stream().filter(r -> r.session().id().equals(sessionId)).findFirst().orElse(null);
    }
}
