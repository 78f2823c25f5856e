package io.bilheteria.boxoffice.cashier;

import static io.bilheteria.boxoffice.cashier.CashierSteps.openTonightsShow;
import static io.bilheteria.boxoffice.cashier.CashierSteps.signIn;
import static io.bilheteria.boxoffice.testing.Fx.onFx;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.testing.BoxOfficeUnderTest;
import io.bilheteria.ui.seatmap.SeatMapView;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
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
 * cashier picked stays picked; the chosen session's sections count them too.
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

    @Test
    void seatsSoldAtAKioskComeOffTheChosenSectionsFreeSeats(FxRobot robot) {
        signIn(robot);
        SeatMapView map = openTonightsShow(robot);
        ComboBox<?> sections = robot.lookup("#cashier-section").queryAs(ComboBox.class);
        waitFor(() -> onFx(() -> map.getSeatMap() != null && sections.getValue() != null), "the session's sections");
        String before = onFx(() -> sections.getButtonCell().getText());
        Matcher free = Pattern.compile("· (\\d+) livres").matcher(before);
        assertThat(free.find()).as(before).isTrue();
        int freeBefore = Integer.parseInt(free.group(1));
        String session = map.getSeatMap().sessionId();
        String chosen = map.getSeatMap().sections().stream().filter(s -> before.startsWith(s.name() + " · "))
                .findFirst().orElseThrow().id();

        backend.sell(session, chosen, 3);

        waitFor(() -> onFx(() -> sections.getButtonCell().getText()).contains("· " + (freeBefore - 3) + " livres"),
                "the kiosk's sale in the section's count");
    }

    private static SessionRow row(ListView<SessionRow> sessions, String sessionId) {
        return sessions.getItems().stream().filter(r -> r.session().id().equals(sessionId)).findFirst().orElse(null);
    }
}
