package io.bilheteria.boxoffice.tour;

import static io.bilheteria.boxoffice.testing.Fx.onFx;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * Walks the admin's back office (a partner created, another about to be disabled, a cashier
 * account for the new partner, its password reset, the totals once both partners sold) and
 * the cashier registering a customer at the desk, against the small demo, and saves a
 * 1920x1080 PNG of each (35 to 40). Not a test: run it under Xvfb with a real window, as
 * {@link BoxOfficeTour}.
 */
public final class AdminTour {
    private static final Card APPROVED = new Card("4111111111111111", "GIL SOUZA", 12, 2030, "123");
    private static TourSteps steps;

    private AdminTour() {
    }

    public static void main(String[] args) throws Exception {
        steps = new TourSteps(Path.of(args.length > 0 ? args[0] : "docs/screenshots"));
        Path data = Files.createTempDirectory("admin-tour");
        LocalBackend backend = new LocalBackend();
        try (UiTaskExecutor tasks = new UiTaskExecutor(2)) {
            backend.sell(backend.theatreSessions().get(0), 3);
            Platform.startup(() -> { });
            BoxOfficeWindow window = steps.open(data, backend, tasks);
            signIn("admin", "demo-admin");

            steps.fill("#partner-name", "Outra Cia de Teatro");
            steps.click("#partner-create");
            Thread.sleep(1000);
            steps.fill("#partner-name", "Nova Produções");
            steps.fill("#partner-fee", "7,5");
            steps.click("#partner-create");
            Thread.sleep(1500);
            steps.shot("35-admin-partners");

            selectRow("#admin-partners", 2);
            steps.click("#partner-toggle");
            Thread.sleep(500);
            steps.shot("36-admin-partner-disable");

            showTab(1);
            Thread.sleep(1000);
            steps.fill("#account-username", "caixa.nova");
            steps.fill("#account-password", "caixa-senha-1");
            onFx(() -> {
                ((ComboBox<?>) steps.lookup("#account-role")).getSelectionModel().select(0); // Caixa
                ComboBox<?> owner = (ComboBox<?>) steps.lookup("#account-partner");
                owner.getSelectionModel().select(owner.getItems().stream().map(Object::toString).toList()
                        .indexOf("Nova Produções"));
                return null;
            });
            steps.click("#account-create");
            Thread.sleep(1500);
            steps.shot("37-admin-accounts");
            steps.fill("#account-new-password", "nova-senha-do-caixa");
            steps.click("#account-reset");
            Thread.sleep(1500);
            steps.shot("38-admin-password-reset");

            sellAsNovasCashier(backend);
            showTab(2);
            Thread.sleep(2000);
            steps.shot("39-admin-totals");

            steps.click("#admin-signout");
            signIn("cashier", "demo-cashier");
            steps.press(KeyCode.ENTER); // opens the till
            Thread.sleep(1500);
            steps.type("Compadecida");
            Thread.sleep(1500);
            steps.press(KeyCode.ENTER);
            Thread.sleep(2000);
            steps.type("2");
            steps.press(KeyCode.ENTER);
            Thread.sleep(2000);
            steps.press(KeyCode.F11);
            steps.type("111.444.777-35");
            steps.press(KeyCode.ENTER);
            Thread.sleep(1500);
            steps.type("Gil Souza");
            steps.fill("#customer-email", "gil@example.com");
            steps.shot("40-cashier-register-customer");
            onFx(() -> {
                window.close();
                return null;
            });
        } finally {
            backend.close();
            Platform.exit();
        }
    }

    private static void signIn(String user, String password) throws Exception {
        steps.fill("#login-username", user);
        steps.fill("#login-password", password);
        steps.click("#login-submit");
        Thread.sleep(2500);
    }

    private static void selectRow(String table, int row) throws Exception {
        onFx(() -> {
            ((TableView<?>) steps.lookup(table)).getSelectionModel().select(row);
            return null;
        });
    }

    private static void showTab(int index) throws Exception {
        onFx(() -> {
            ((TabPane) steps.lookup(".tab-pane")).getSelectionModel().select(index);
            return null;
        });
    }

    /** Nova's first show, and two seats sold by its own cashier, so the totals have two partners. */
    private static void sellAsNovasCashier(LocalBackend backend) {
        BilheteriaClient admin = backend.as("admin");
        Partner nova = admin.partners().items().stream().filter(p -> p.name().equals("Nova Produções")).findFirst()
                .orElseThrow();
        var event = admin.createEvent(new EventDraft(nova.id(), "Festival Nova", null, "Música", "Arena Nova",
                "São Paulo", null));
        var pista = admin.createSection(event.id(), new SectionDraft("Pista", "#00838F", 12000L, null));
        admin.replaceLayout(pista.id(), LayoutSpec.straight(4, 20));
        String session = admin.createSession(event.id(),
                new SessionDraft(Instant.now().plus(Duration.ofDays(7)), null)).id();
        BilheteriaClient cashier = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
        cashier.login("caixa.nova", "nova-senha-do-caixa");
        cashier.openShift();
        var hold = cashier.hold(HoldRequest.bestAvailable(session, pista.id(), 2));
        cashier.pay(cashier.createOrder(OrderRequest.of(hold.holdId())).orderId(), APPROVED);
    }
}
