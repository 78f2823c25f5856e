package io.bilheteria.boxoffice.gate.ui;

import static io.bilheteria.boxoffice.testing.Screens.text;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.boxoffice.testing.Screens;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The gate by keyboard alone, with scans typed at a scanner's pace into the window: sign in,
 * tick tonight's session, admit a ticket once, refuse its copy with when and where, refuse a
 * forged code, ignore a person typing, and go on admitting with the backend gone, even
 * restarted while it is gone.
 */
@ExtendWith(ApplicationExtension.class)
class GateScreenTest {
    @TempDir
    Path dataDir;
    private LocalBackend backend;
    private PaymentResult sale;
    private UiTaskExecutor tasks;
    private BoxOfficeWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        backend = new LocalBackend();
        sale = backend.sell(backend.theatreSessions().get(0), 2);
        tasks = new UiTaskExecutor(2);
        window = BoxOfficeWindow.open(stage, BoxOfficeConfig.of(dataDir, backend.baseUrl(), "norte-1", null),
                backend.baseUrl(), tasks);
    }

    @Stop
    void stop() {
        window.close();
        tasks.close();
        backend.close();
    }

    @Test
    void aTicketGoesInOnceItsCopyAndAFakeAreRefusedAndTypingIsNoScan(FxRobot robot) {
        signInAndPickTheFirstTheatreSession(robot);
        String qr = sale.tickets().get(0).qr();

        Screens.scan(window.scene(), qr);
        waitFor(() -> "ACEITO".equals(text(robot, ".verdict-headline")), "the ticket accepted");
        assertThat(verdict(robot).getTone()).isEqualTo(VerdictTone.ACCEPTED);
        assertThat(text(robot, ".verdict-detail")).contains("Plateia", "fileira", "lugar");

        Screens.scan(window.scene(), qr);
        waitFor(() -> "JÁ USADO".equals(text(robot, ".verdict-headline")), "the copy refused");
        assertThat(verdict(robot).getTone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(text(robot, ".verdict-detail")).as("the seat, and when and where it went in")
                .contains("Plateia", "norte-1");

        Screens.scan(window.scene(), qr.substring(0, qr.lastIndexOf('.') + 1) + "A".repeat(86));
        waitFor(() -> "INVÁLIDO".equals(text(robot, ".verdict-headline")), "the forged code refused");
        assertThat(text(robot, ".verdict-detail")).contains("falsificado");
        waitFor(() -> text(robot, "#gate-counters").equals("Admitidos 1 · Recusados 2 · Faltam 1"), "the counters");

        robot.write("abc123xyz\n", 120);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#gate-counters")).as("a person typing is not a scan")
                .isEqualTo("Admitidos 1 · Recusados 2 · Faltam 1");
    }

    @Test
    void tomorrowsTicketIsRefusedWithTheDayAndTimeItIsFor(FxRobot robot) {
        var tomorrow = backend.as("gate").events("Compadecida", null, null).items().get(0).sessions().get(1);
        String qr = backend.sell(tomorrow.id(), 1).tickets().get(0).qr();
        BoxOfficeConfig config = BoxOfficeConfig.of(dataDir, backend.baseUrl(), "norte-1", null);
        signInAndPickTheFirstTheatreSession(robot);

        Screens.scan(window.scene(), qr);

        waitFor(() -> "OUTRA SESSÃO".equals(text(robot, ".verdict-headline")), "the ticket refused");
        assertThat(verdict(robot).getTone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(text(robot, ".verdict-detail")).isEqualTo("Ingresso de outra sessão: "
                + Formats.dateTime(tomorrow.startsAt(), config.zone(), config.locale()));
        waitFor(() -> text(robot, "#gate-counters").equals("Admitidos 0 · Recusados 1 · Faltam 2"), "the counters");
    }

    @Test
    void withTheBackendGoneTheGateKeepsAdmittingAndSaysItIsOffline(FxRobot robot) {
        signInAndPickTheFirstTheatreSession(robot);
        backend.stop();

        Screens.scan(window.scene(), sale.tickets().get(1).qr());

        waitFor(() -> "ACEITO".equals(text(robot, ".verdict-headline")), "the ticket accepted offline");
        robot.push(KeyCode.F9);
        waitFor(() -> text(robot, "#gate-sync").startsWith("Sem conexão · 1 leitura guardada"), "the gate offline");
    }

    @Test
    void restartedWithTheBackendDownTheGateSignsInOfflineReopensItsSessionAndSyncsWhenItIsBack(FxRobot robot)
            throws Exception {
        signInAndPickTheFirstTheatreSession(robot);
        Screens.scan(window.scene(), sale.tickets().get(0).qr());
        waitFor(() -> "ACEITO".equals(text(robot, ".verdict-headline")), "the ticket accepted online");

        backend.stop();
        WaitForAsyncUtils.asyncFx(() -> {
            window.close();
            window = BoxOfficeWindow.open(stage, BoxOfficeConfig.of(dataDir, backend.baseUrl(), "norte-1", null),
                    backend.baseUrl(), tasks);
        }).get(10, TimeUnit.SECONDS);

        // the stage has just changed scenes: the first key typed before the new scene had its focus
        // was at times lost (the user came out "ate" and the offline sign-in rightly refused it)
        waitFor(() -> stage.getScene() == window.scene() && robot.lookup("#login-username").query().isFocused(),
                "the reopened sign-in ready for keys");
        robot.write("gate");
        waitFor(() -> robot.lookup("#login-username").queryTextInputControl().getText().equals("gate"),
                "the user typed");
        robot.push(KeyCode.TAB).write("demo-gat").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#login-message").contains("não responde"), "a wrong password refused offline");
        // the refusal empties the password and puts the cursor back in it: type only then
        waitFor(() -> robot.lookup("#login-password").queryTextInputControl().getText().isEmpty()
                && robot.lookup("#login-password").query().isFocused(), "the password emptied for another try");
        robot.write("demo-gate");
        waitFor(() -> robot.lookup("#login-password").queryTextInputControl().getText().equals("demo-gate"),
                "the right password typed");
        robot.push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#gate-pick-message").startsWith("Sem conexão"), "the sessions this gate opened");
        assertThat(robot.lookup("#gate-sessions").queryListView().getItems()).singleElement()
                .satisfies(item -> assertThat(((SessionPicker.Choice) item).chosen().get()).as("ticked again").isTrue());
        robot.push(KeyCode.ENTER);
        waitFor(() -> "PRONTO".equals(text(robot, ".verdict-headline")), "the gate ready offline");

        Screens.scan(window.scene(), sale.tickets().get(0).qr());
        waitFor(() -> "JÁ USADO".equals(text(robot, ".verdict-headline")), "the copy refused from the journal");
        Screens.scan(window.scene(), sale.tickets().get(1).qr());
        waitFor(() -> "ACEITO".equals(text(robot, ".verdict-headline")), "the other ticket accepted offline");

        backend.restart();
        robot.push(KeyCode.F9);
        waitFor(() -> text(robot, "#gate-sync").startsWith("Sincronizado"), "signed in again and synced");
        assertThat(backend.as("gate").sessionTickets(backend.theatreSessions().get(0), null).tickets())
                .filteredOn(ticket -> ticket.ticketId().equals(sale.tickets().get(1).ticketId()))
                .singleElement().satisfies(ticket -> assertThat(ticket.firstGateId()).isEqualTo("norte-1"));
    }

    @Test
    void anAccountThisWorkstationDoesNotOpenIsToldSoAndStaysAtTheSignIn(FxRobot robot) {
        robot.write("kiosk").push(KeyCode.TAB).write("demo-kiosk").push(KeyCode.ENTER);

        waitFor(() -> text(robot, "#login-message").startsWith("Esta conta não abre nesta estação"), "the refusal");
        assertThat(robot.lookup("#gate-session-filter").tryQuery()).isEmpty();
    }

    private void signInAndPickTheFirstTheatreSession(FxRobot robot) {
        robot.write("gate").push(KeyCode.TAB).write("demo-gate").push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#gate-session-filter").tryQuery().isPresent(), "the session picker");
        waitFor(() -> !robot.lookup("#gate-sessions .list-cell").queryAll().isEmpty()
                && text(robot, "#gate-pick-message").isEmpty(), "the sessions loaded");
        robot.write("Compadecida").push(KeyCode.DOWN).push(KeyCode.SPACE).push(KeyCode.ENTER);
        waitFor(() -> "PRONTO".equals(text(robot, ".verdict-headline")), "the gate ready");
    }

    private static VerdictView verdict(FxRobot robot) {
        return robot.lookup("#gate-verdict").queryAs(VerdictView.class);
    }
}
