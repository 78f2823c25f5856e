package io.bilheteria.kiosk;

import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.devices.payment.sim.SimulatedPaymentTerminal;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.ReceiptPrinters;
import io.bilheteria.kiosk.browse.BrowseScreens;
import io.bilheteria.kiosk.checkout.CheckoutScreens;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.HoldClock;
import io.bilheteria.kiosk.shell.KioskContext;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.kiosk.shell.Navigator;
import io.bilheteria.kiosk.shell.Overlay;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.ReportedFailures;
import io.bilheteria.kiosk.shell.StaffAccess;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.idle.IdleTimer;
import io.bilheteria.ui.idle.TickSource;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Builds the kiosk into a stage: wires the sale, devices and screens by hand, applies the
 * theme, and locks the window down (full screen, no decorations, exit keys swallowed)
 * unless the settings ask for a window.
 */
public final class KioskWindow {
    public static final String BUNDLE = "io.bilheteria.kiosk.shell.kiosk";

    private KioskWindow() {
    }

    /** Opens the kiosk on the stage, talking to the backend at {@code baseUrl}; on the FX thread. */
    public static KioskContext open(Stage stage, KioskConfig config, String baseUrl, Clock clock, TaskExecutor tasks) {
        return open(stage, config, baseUrl, clock, tasks, IdleTimer.realTicks());
    }

    /** As above, with the clock that tells when the customer walked away, e.g. one a test moves by hand. */
    public static KioskContext open(Stage stage, KioskConfig config, String baseUrl, Clock clock, TaskExecutor tasks,
                                    TickSource idleTicks) {
        Messages messages = new Messages(config.locale(), BUNDLE, BrowseScreens.BUNDLE, CheckoutScreens.BUNDLE);
        TerminalBackend backend = new TerminalBackend(BilheteriaClient.builder().baseUrl(baseUrl).build(),
                config.kioskUser(), config.kioskPassword());
        Sale sale = new Sale(backend, clock, config.venueZone());

        StackPane screens = new StackPane();
        screens.setId("screens");
        Navigator navigator = new Navigator(screens);
        Overlay overlay = new Overlay(messages);
        ReceiptPrinter printer = ReceiptPrinters.open(config.printer(), config.receiptsDir());
        BackendCalls calls = new BackendCalls(tasks, messages);
        overlay.follow(calls);
        KioskStatus status = new KioskStatus();
        ReportedFailures.follow(calls, status, overlay);
        KioskContext ctx = new KioskContext(config, messages, tasks, calls, backend, sale, navigator, overlay,
                printer, new SimulatedPaymentTerminal(), clock, status);
        ctx.holdClock(new HoldClock(ctx));
        StaffAccess staff = new StaffAccess(ctx);

        StackPane root = new StackPane(screens, overlay.view());
        root.getChildren().addAll(staff.views());
        root.getStyleClass().add("kiosk-root");
        Scene scene = new Scene(root, 1920, 1080);
        Theme.apply(scene, Theme.Density.KIOSK);
        scene.getStylesheets().add(KioskWindow.class.getResource("shell/kiosk.css").toExternalForm());

        IdleTimer idle = new IdleTimer(scene, config.idleAfter(), config.idleWarning(), idleTicks);
        ctx.idle(idle);
        overlay.follow(idle);
        idle.setOnTimedOut(() -> {
            if (navigator.getPlace() != Place.ATTRACT && navigator.getPlace() != Place.MAINTENANCE
                    && navigator.getPlace() != Place.OUT_OF_SERVICE) {
                ctx.endCustomer();
            }
        });

        BrowseScreens.register(ctx);
        CheckoutScreens.register(ctx);

        lockDown(stage, scene, config.windowed());
        stage.setScene(scene);
        stage.setTitle("Bilheteria");
        stage.show();
        navigator.go(Place.ATTRACT);
        ctx.holdClock().start();
        idle.start();
        return ctx;
    }

    private static void lockDown(Stage stage, Scene scene, boolean windowed) {
        if (windowed) {
            return;
        }
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        // only the maintenance screen's exit closes the kiosk
        stage.setOnCloseRequest(e -> e.consume());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean exitKey = e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11
                    || (e.isAltDown() && e.getCode() == KeyCode.F4)
                    || (e.isShortcutDown() && (e.getCode() == KeyCode.W || e.getCode() == KeyCode.Q));
            if (exitKey) {
                e.consume();
            }
        });
    }
}
