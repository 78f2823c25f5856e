package io.bilheteria.boxoffice.admin;

import static io.bilheteria.boxoffice.testing.Screens.tabTo;
import static io.bilheteria.boxoffice.testing.Screens.text;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.testing.BoxOfficeUnderTest;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.UnauthorizedException;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Cell;
import javafx.scene.control.ListView;
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
 * The admin's back office by mouse and by keyboard alone, against the real backend: a partner created with its fee,
 * the fee changed, a cashier account made for it, its password reset, and that cashier signs
 * in and is offered only the partner's events; the totals across partners; a partner and an
 * account disabled, their logins refused.
 */
@ExtendWith(ApplicationExtension.class)
class AdminScreenTest {
    @TempDir
    Path dataDir;
    private BoxOfficeUnderTest boxOffice;
    private LocalBackend backend;

    @Start
    void start(Stage stage) {
        boxOffice = BoxOfficeUnderTest.open(stage, dataDir);
        backend = boxOffice.backend();
    }

    @Stop
    void stop() {
        boxOffice.close();
    }

    @Test
    void aNewPartnersCashierIsMadeAndSellsOnlyThatPartnersEvents(FxRobot robot) {
        signIn(robot, "admin", "demo-admin");
        waitFor(() -> robot.lookup("#admin-partners").tryQuery().isPresent(), "the admin's partners");

        robot.clickOn("#partner-name").write("Nova Produções");
        robot.clickOn("#partner-fee").write("7,5");
        robot.clickOn("#partner-create");
        waitFor(() -> text(robot, "#admin-partner-message").equals("Parceiro Nova Produções criado, taxa 7,5 %."),
                "the partner created");
        Partner nova = partner("Nova Produções");
        assertThat(nova.feeBps()).isEqualTo(750);

        clickCell(robot, "#admin-partners", "Nova Produções");
        robot.clickOn("#partner-new-fee").push(KeyCode.CONTROL, KeyCode.A).write("12");
        robot.clickOn("#partner-save-fee");
        waitFor(() -> text(robot, "#admin-partner-message").startsWith("Taxa de Nova Produções: 12 %"), "the new fee");
        assertThat(partner("Nova Produções").feeBps()).isEqualTo(1200);
        assertThat(cellShown(robot, "#admin-partners", "12 %")).as("the table shows it").isTrue();
        sessionOf(nova, "Festival Nova");

        robot.clickOn("Contas da equipe");
        robot.clickOn("#account-username").write("caixa.nova");
        robot.clickOn("#account-password").write("caixa-senha-1");
        choose(robot, "#account-role", "Caixa");
        choose(robot, "#account-partner", "Nova Produções");
        robot.clickOn("#account-create");
        waitFor(() -> text(robot, "#admin-account-message").startsWith("Conta caixa.nova criada: Caixa, Nova Produções"),
                "the cashier created");
        assertThat(backend.as("admin").staffAccounts(nova.id()).items()).singleElement().satisfies(account -> {
            assertThat(account.username()).isEqualTo("caixa.nova");
            assertThat(account.role()).isEqualTo(Role.CASHIER);
        });

        clickCell(robot, "#admin-accounts", "caixa.nova");
        robot.clickOn("#account-new-password").write("nova-senha-do-caixa");
        robot.clickOn("#account-reset");
        waitFor(() -> text(robot, "#admin-account-message").startsWith("Nova senha de caixa.nova gravada"),
                "the password reset");
        assertThatThrownBy(() -> login("caixa.nova", "caixa-senha-1")).isInstanceOf(UnauthorizedException.class);

        int adminTokens = backend.tokensOf("admin");
        robot.clickOn("#admin-signout");
        waitFor(() -> backend.tokensOf("admin") == adminTokens - 1, "the signed-out admin's token revoked");
        signIn(robot, "caixa.nova", "nova-senha-do-caixa");
        waitFor(() -> text(robot, "#shift-title").equals("O caixa está fechado."), "the cashier's closed till");
        robot.push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#cashier-sessions").tryQuery()
                .map(list -> !((ListView<?>) list).getItems().isEmpty()).orElse(false), "the sessions on offer");
        assertThat(robot.lookup("#cashier-sessions .list-cell").queryAllAs(Cell.class).stream()
                .map(Cell::getText).filter(shown -> shown != null && !shown.isBlank()).toList())
                .as("only Nova's events, not the demo theatre").isNotEmpty()
                .allSatisfy(shown -> assertThat(shown).startsWith("Festival Nova\n"));
    }

    @Test
    void byKeyboardAloneTheAdminCreatesAndDisablesAPartnerDisablesAnAccountAndReadsTheTotals(FxRobot robot) {
        backend.sell(backend.theatreSessions().get(0), 2);
        waitFor(() -> robot.lookup("#login-username").query().isFocused(), "the keyboard on the sign-in");
        robot.write("admin").push(KeyCode.TAB).write("demo-admin").push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#admin-partners").tryQuery().isPresent(), "the admin's partners");

        tabTo(robot, "#partner-name");
        robot.write("Teclado Cia").push(KeyCode.TAB).write("5").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#admin-partner-message").equals("Parceiro Teclado Cia criado, taxa 5 %."),
                "the partner created");
        assertThat(text(robot, "#partner-chosen")).as("the new partner picked").isEqualTo("Teclado Cia");
        tabTo(robot, "#partner-toggle");
        robot.push(KeyCode.SPACE);
        waitFor(() -> text(robot, "#admin-partner-message").startsWith("Desativar Teclado Cia?"), "the question");
        robot.push(KeyCode.SPACE);
        waitFor(() -> text(robot, "#admin-partner-message").startsWith("Teclado Cia desativado"), "the partner disabled");
        assertThat(partner("Teclado Cia").enabled()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        waitFor(() -> robot.lookup("#account-username").query().isVisible(), "the accounts tab");
        tabTo(robot, "#admin-accounts");
        for (int press = 0; press < 12 && !text(robot, "#account-chosen").startsWith("gate ·"); press++) {
            robot.push(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitFor(() -> text(robot, "#account-chosen").startsWith("gate ·"), "the gate's account picked");
        tabTo(robot, "#account-toggle");
        robot.push(KeyCode.SPACE);
        waitFor(() -> text(robot, "#admin-account-message").startsWith("Conta gate desativada"), "the gate disabled");
        assertThatThrownBy(() -> login("gate", "demo-gate")).isInstanceOf(UnauthorizedException.class);

        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        waitFor(() -> text(robot, "#totals-tickets").equals("2"), "the totals read on opening");
        backend.sell(backend.theatreSessions().get(1), 1);
        robot.push(KeyCode.F5);
        waitFor(() -> text(robot, "#totals-tickets").equals("3"), "the totals read again on F5");
        assertThat(text(robot, "#totals-gross")).isEqualTo(money(backend.as("admin").platformReport().totals().grossCents()));
    }

    /** Clicks the table's cell that shows this text. */
    private static void clickCell(FxRobot robot, String table, String text) {
        waitFor(() -> cellShown(robot, table, text), text + " in " + table);
        robot.clickOn(robot.lookup(table + " .table-cell").match((Cell<?> cell) -> text.equals(cell.getText()))
                .<Node>query());
    }

    private static boolean cellShown(FxRobot robot, String table, String text) {
        return robot.lookup(table + " .table-cell").match((Cell<?> cell) -> text.equals(cell.getText())).tryQuery()
                .isPresent();
    }

    /** Opens the combo box and clicks the choice with this text. */
    private static void choose(FxRobot robot, String comboBox, String choice) {
        robot.clickOn(comboBox);
        waitFor(() -> robot.lookup(".combo-box-popup .list-cell").match((Cell<?> cell) -> choice.equals(cell.getText()))
                .tryQuery().isPresent(), choice + " offered");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Cell<?> cell) -> choice.equals(cell.getText()))
                .<Node>query());
    }

    private static void signIn(FxRobot robot, String user, String password) {
        waitFor(() -> robot.lookup("#login-username").tryQuery().map(Node::isVisible).orElse(false), "the sign-in");
        robot.clickOn("#login-username").push(KeyCode.CONTROL, KeyCode.A).write(user);
        robot.clickOn("#login-password").write(password);
        robot.clickOn("#login-submit");
    }

    private Partner partner(String name) {
        return backend.as("admin").partners().items().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** An event of the partner with a 20-seat section and a session next week, made through the admin API. */
    private void sessionOf(Partner partner, String title) {
        BilheteriaClient admin = backend.as("admin");
        var event = admin.createEvent(new EventDraft(partner.id(), title, null, null, "Arena Nova", "São Paulo", null));
        var pista = admin.createSection(event.id(), new SectionDraft("Pista", "#00838F", 8000L, null));
        admin.replaceLayout(pista.id(), LayoutSpec.straight(2, 10));
        admin.createSession(event.id(), new SessionDraft(Instant.now().plus(Duration.ofDays(7)), null));
    }

    private BilheteriaClient login(String user, String password) {
        BilheteriaClient client = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
        client.login(user, password);
        return client;
    }

    private static String money(long cents) {
        return Money.format(cents, "BRL", Messages.PT_BR);
    }
}
