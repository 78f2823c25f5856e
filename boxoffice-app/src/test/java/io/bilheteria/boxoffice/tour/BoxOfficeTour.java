package io.bilheteria.boxoffice.tour;

import static io.bilheteria.boxoffice.testing.Fx.onFx;

import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Walks the real gate through its screens (sign-in, sessions, ready, accepted, already used,
 * invalid, then restarted with the backend down: the sessions it opened, the gate offline), the
 * concession counter handing a voucher over and refusing its copy, and the cashier's sale (session found, seats held, the terminal, sold with its vouchers and suggestions, the order found
 * for a refund, the till closed) against the small
 * demo and saves a 1920x1080 PNG of each. Not a test: run it
 * under Xvfb with a real window, as the kiosk's tour (README, Screenshots).
 */
public final class BoxOfficeTour {
    private static TourSteps steps;
    private static BoxOfficeWindow window;

    private BoxOfficeTour() {
    }

    public static void main(String[] args) throws Exception {
        steps = new TourSteps(Path.of(args.length > 0 ? args[0] : "docs/screenshots"));
        Path data = Files.createTempDirectory("gate-tour");
        LocalBackend backend = new LocalBackend();
        try (UiTaskExecutor tasks = new UiTaskExecutor(2)) {
            PaymentResult sale = backend.sell(backend.theatreSessions().get(0), 2);
            PaymentResult otherSession = backend.sell(backend.theatreSessions().get(1), 1);
            Order popcorn = backend.sellProduct(backend.theatreSessions().get(2), "Pipoca", 1);
            Platform.startup(() -> { });
            window = steps.open(data, backend, tasks);
            onFx(() -> {
                ((TextInputControl) steps.lookup("#login-username")).setText("gate");
                ((TextInputControl) steps.lookup("#login-password")).setText("demo-gate");
                return null;
            });
            steps.shot("13-gate-sign-in");
            onFx(() -> {
                ((Button) steps.lookup("#login-submit")).fire();
                return null;
            });
            Thread.sleep(3000);
            onFx(() -> {
                ListView<?> sessions = (ListView<?>) steps.lookup("#gate-sessions");
                sessions.requestFocus();
                sessions.getSelectionModel().selectFirst();
                var choice = (io.bilheteria.boxoffice.gate.ui.SessionPicker.Choice) sessions.getItems().get(0);
                choice.chosen().set(true);
                return null;
            });
            steps.shot("14-gate-sessions");
            onFx(() -> {
                ((Button) steps.lookup("#gate-start")).fire();
                return null;
            });
            Thread.sleep(3000);
            steps.shot("15-gate-ready");
            String qr = sale.tickets().get(0).qr();
            scan(qr);
            steps.shot("16-gate-accepted");
            scan(qr);
            steps.shot("17-gate-already-used");
            scan(qr.substring(0, qr.lastIndexOf('.') + 1) + "A".repeat(86));
            steps.shot("18-gate-invalid");
            scan(otherSession.tickets().get(0).qr());
            steps.shot("41-gate-wrong-session");

            backend.stop();
            restartAndSignIn(data, backend, tasks, "gate", "demo-gate");
            Thread.sleep(3000);
            steps.shot("19-gate-offline-sessions");
            onFx(() -> {
                ((Button) steps.lookup("#gate-start")).fire();
                return null;
            });
            Thread.sleep(3000);
            scan(sale.tickets().get(1).qr());
            steps.shot("20-gate-offline-accepted");

            backend.restart();
            restartAndSignIn(data, backend, tasks, "gate", "demo-gate");
            Thread.sleep(3000);
            steps.press(KeyCode.F4); // the concession counter instead of a gate
            Thread.sleep(2000);
            scan(popcorn.vouchers().get(0).code());
            steps.shot("42-counter-handed-over");
            scan(popcorn.vouchers().get(0).code());
            steps.shot("43-counter-already-handed-over");

            restartAndSignIn(data, backend, tasks, "cashier", "demo-cashier");
            Thread.sleep(1500);
            steps.press(KeyCode.ENTER); // opens the till
            Thread.sleep(1500);
            steps.type("Compadecida");
            Thread.sleep(1500);
            steps.press(KeyCode.ENTER);
            Thread.sleep(2000);
            steps.type("2");
            steps.shot("21-cashier-session");
            steps.press(KeyCode.ENTER);
            Thread.sleep(2000);
            steps.shot("22-cashier-held");
            // two popcorns: the sold screen then lists their vouchers, and prints a slip for each
            steps.press(KeyCode.F7);
            steps.press(KeyCode.RIGHT);
            Thread.sleep(1000);
            steps.press(KeyCode.RIGHT);
            Thread.sleep(1000);
            steps.press(KeyCode.F8);
            Thread.sleep(1500);
            steps.shot("23-cashier-terminal");
            steps.type("1");
            Thread.sleep(3000);
            steps.shot("24-cashier-sold");
            String message = onFx(() -> ((javafx.scene.control.Label) steps.lookup("#cashier-message")).getText());
            String code = message.replaceAll(".*pedido ([A-Z0-9]+).*", "$1");
            steps.press(KeyCode.F2);
            Thread.sleep(500);
            steps.type(code);
            steps.press(KeyCode.ENTER);
            Thread.sleep(1500);
            steps.press(KeyCode.F11);
            steps.shot("25-cashier-order-refund");
            steps.press(KeyCode.ESCAPE);
            steps.press(KeyCode.F2);
            Thread.sleep(500);
            steps.press(KeyCode.F12);
            steps.press(KeyCode.F12);
            Thread.sleep(2500);
            steps.shot("26-cashier-till-closed");
            onFx(() -> {
                window.close();
                return null;
            });
        } finally {
            backend.close();
            Platform.exit();
        }
    }

    /** Keys as a keyboard-wedge scanner types them, then a moment for the verdict. */
    private static void scan(String code) throws Exception {
        for (char c : (code + "\r").toCharArray()) {
            onFx(() -> {
                Node target = window.scene().getFocusOwner() != null ? window.scene().getFocusOwner()
                        : window.scene().getRoot();
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
                return null;
            });
        }
        Thread.sleep(800);
    }

    /** Closes the window and opens a new one on the same data, as after a restart, and signs in. */
    private static void restartAndSignIn(Path data, LocalBackend backend, UiTaskExecutor tasks, String user,
                                         String password) throws Exception {
        onFx(() -> {
            Stage stage = (Stage) window.scene().getWindow();
            window.close();
            window = BoxOfficeWindow.open(stage, BoxOfficeConfig.of(data, backend.baseUrl(), "norte-1", null),
                    backend.baseUrl(), tasks);
            steps.on(window.scene());
            ((TextInputControl) steps.lookup("#login-username")).setText(user);
            ((TextInputControl) steps.lookup("#login-password")).setText(password);
            ((Button) steps.lookup("#login-submit")).fire();
            return null;
        });
    }
}
