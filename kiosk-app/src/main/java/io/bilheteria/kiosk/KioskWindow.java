package io.bilheteria.kiosk;

import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.devices.payment.sim.SimulatedPaymentTerminal;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.ReceiptPrinters;
import io.bilheteria.devices.scanner.SerialScanner;
import io.bilheteria.kiosk.browse.AddOnsScreen;
import io.bilheteria.kiosk.browse.AttractScreen;
import io.bilheteria.kiosk.browse.BrowseScreens;
import io.bilheteria.kiosk.browse.EventsScreen;
import io.bilheteria.kiosk.browse.SeatsScreen;
import io.bilheteria.kiosk.browse.SeatsViewModel;
import io.bilheteria.kiosk.browse.SessionsScreen;
import io.bilheteria.kiosk.checkout.CheckoutScreens;
import io.bilheteria.kiosk.checkout.DoneScreen;
import io.bilheteria.kiosk.checkout.DoneViewModel;
import io.bilheteria.kiosk.checkout.IdentifyScreen;
import io.bilheteria.kiosk.checkout.IdentifyViewModel;
import io.bilheteria.kiosk.checkout.MaintenanceScreen;
import io.bilheteria.kiosk.checkout.OutOfServiceScreen;
import io.bilheteria.kiosk.checkout.OutOfServiceViewModel;
import io.bilheteria.kiosk.checkout.PaymentScreen;
import io.bilheteria.kiosk.checkout.PaymentViewModel;
import io.bilheteria.kiosk.checkout.PrintReport;
import io.bilheteria.kiosk.checkout.PrintingScreen;
import io.bilheteria.kiosk.checkout.PrintingViewModel;
import io.bilheteria.kiosk.checkout.ReviewScreen;
import io.bilheteria.kiosk.checkout.ReviewViewModel;
import io.bilheteria.kiosk.collect.CollectBuyerScreen;
import io.bilheteria.kiosk.collect.CollectCodeScreen;
import io.bilheteria.kiosk.collect.CollectScreens;
import io.bilheteria.kiosk.collect.CollectViewModel;
import io.bilheteria.kiosk.collect.CollectedScreen;
import io.bilheteria.kiosk.collect.CollectedViewModel;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.HoldClock;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.KioskJourney;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.kiosk.shell.Navigator;
import io.bilheteria.kiosk.shell.Overlay;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.kiosk.shell.ReportedFailures;
import io.bilheteria.kiosk.shell.StaffAccess;
import io.bilheteria.kiosk.shell.WalkAway;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.idle.IdleTimer;
import io.bilheteria.ui.idle.TickSource;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.scanner.WedgeScanInput;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The kiosk in a stage, wired by hand in one place: the sale, the devices, the shell and every screen
 * get what they use in their constructors. Applies the theme and locks the window down (full screen,
 * no decorations, exit keys swallowed) unless the settings ask for a window. What it keeps is what
 * the launcher and the tests drive the running kiosk with.
 */
public final class KioskWindow {
    public static final String BUNDLE = "io.bilheteria.kiosk.shell.kiosk";

    private final Messages messages;
    private final Sale sale;
    private final Navigator navigator;
    private final Journey journey;
    private final KioskStatus status;
    private final HoldClock holdClock;
    private final ReceiptPrinter printer;
    private final SimulatedPaymentTerminal terminal;
    private final IdleTimer idle;
    /** Moves the held seats' countdown on every second. */
    private final Timeline holdTicks;
    private final CollectViewModel collect;
    private final WedgeScanInput wedgeScanner;
    /** A QR scanner on a serial port, when the kiosk's settings name one. */
    private final SerialScanner serialScanner;

    private KioskWindow(Stage stage, KioskConfig config, String baseUrl, Clock clock, TaskExecutor tasks,
                        TickSource idleTicks) {
        messages = new Messages(config.locale(), BUNDLE, BrowseScreens.BUNDLE, CheckoutScreens.BUNDLE,
                CollectScreens.BUNDLE);
        TerminalBackend backend = new TerminalBackend(BilheteriaClient.builder().baseUrl(baseUrl).build(),
                config.kioskUser(), config.kioskPassword());
        ZoneId venueZone = config.venueZone();
        sale = new Sale(backend, clock, venueZone, config.terminalId());
        printer = ReceiptPrinters.open(config.printer(), config.receiptsDir());
        terminal = new SimulatedPaymentTerminal();

        StackPane screens = new StackPane();
        screens.setId("screens");
        navigator = new Navigator(screens);
        Overlay overlay = new Overlay(messages);
        BackendCalls calls = new BackendCalls(tasks, messages);
        overlay.follow(calls);
        status = new KioskStatus();
        ReportedFailures.follow(calls, status, overlay);
        journey = new KioskJourney(navigator, overlay, sale, tasks, status, messages, config.locale());
        holdClock = new HoldClock(sale, calls, journey, messages);
        holdTicks = new Timeline(new KeyFrame(Duration.seconds(1), e -> holdClock.tick()));
        holdTicks.setCycleCount(Animation.INDEFINITE);
        PurchaseFrame frame = new PurchaseFrame(messages, journey, holdClock, overlay, sale, tasks);
        // the printing screen hands what came out of the printer to the done screen
        AtomicReference<PrintReport> printed = new AtomicReference<>();
        // both collect screens and the scanner share one: the code read on one is the order asked about on the next
        collect = new CollectViewModel(sale, calls, messages, journey);

        navigator.register(Place.ATTRACT, () -> new AttractScreen(messages, sale, calls, tasks, clock, venueZone,
                journey, collect::start));
        navigator.register(Place.EVENTS, () -> new EventsScreen(messages, sale, calls, tasks, clock, venueZone,
                frame, journey));
        navigator.register(Place.SESSIONS, () -> new SessionsScreen(messages, sale, calls, clock, venueZone,
                holdClock, frame, journey));
        navigator.register(Place.SEATS, () -> new SeatsScreen(
                new SeatsViewModel(sale, calls, messages, venueZone, holdClock, journey), messages, sale, tasks, frame));
        navigator.register(Place.ADDONS, () -> new AddOnsScreen(messages, sale, calls, frame, journey));
        navigator.register(Place.IDENTIFY, () -> new IdentifyScreen(
                new IdentifyViewModel(sale, calls, messages, journey), messages, frame));
        navigator.register(Place.REVIEW, () -> new ReviewScreen(
                new ReviewViewModel(sale, calls, messages, venueZone, holdClock, journey), messages, frame));
        navigator.register(Place.PAYMENT, () -> new PaymentScreen(
                new PaymentViewModel(sale, calls, terminal, tasks, messages, status, journey), messages, terminal,
                frame));
        navigator.register(Place.PRINTING, () -> new PrintingScreen(new PrintingViewModel(sale, printer,
                config.receipts(), tasks, calls, messages, status, printed, journey), messages));
        navigator.register(Place.DONE, () -> new DoneScreen(new DoneViewModel(sale, calls, messages, venueZone, printed,
                journey), messages));
        navigator.register(Place.COLLECT_CODE, () -> new CollectCodeScreen(collect, messages, frame));
        navigator.register(Place.COLLECT_BUYER, () -> new CollectBuyerScreen(collect, messages, frame));
        navigator.register(Place.COLLECTED, () -> new CollectedScreen(
                new CollectedViewModel(sale, messages, printed, journey), messages));
        navigator.register(Place.OUT_OF_SERVICE, () -> new OutOfServiceScreen(
                new OutOfServiceViewModel(sale, backend, printer, tasks, messages, status, journey), messages));
        navigator.register(Place.MAINTENANCE, () -> new MaintenanceScreen(messages, config, printer, calls, tasks,
                clock, status, journey));

        StaffAccess staff = new StaffAccess(messages, clock, config.maintenancePin(), journey);
        StackPane root = new StackPane(screens, overlay.view());
        root.getChildren().addAll(staff.views());
        root.getStyleClass().add("kiosk-root");
        Scene scene = new Scene(root, 1920, 1080);
        Theme.apply(scene, Theme.Density.KIOSK);
        scene.getStylesheets().add(KioskWindow.class.getResource("shell/kiosk.css").toExternalForm());

        // a keyboard-wedge scanner needs no setting: its keys arrive as typing, wherever the focus is
        wedgeScanner = new WedgeScanInput(scene, collect::scanned);
        // its own thread opens the port (and opens it again when the cable comes back): nothing blocks here
        serialScanner = config.serialScanner()
                .map(setting -> SerialScanner.start(setting, code -> Platform.runLater(() -> collect.scanned(code))))
                .orElse(null);
        idle = new IdleTimer(scene, config.idleAfter(), config.idleWarning(), idleTicks);
        overlay.follow(idle);
        WalkAway.follow(idle, navigator, journey);

        lockDown(stage, scene, config.windowed());
        stage.setScene(scene);
        stage.setTitle("Bilheteria");
        stage.show();
        navigator.go(Place.ATTRACT);
        holdClock.tick();
        holdTicks.play();
        idle.start();
    }

    /** Opens the kiosk on the stage, talking to the backend at {@code baseUrl}; on the FX thread. */
    public static KioskWindow open(Stage stage, KioskConfig config, String baseUrl, Clock clock, TaskExecutor tasks) {
        return open(stage, config, baseUrl, clock, tasks, IdleTimer.realTicks());
    }

    /** As above, with the clock that tells when the customer walked away, e.g. one a test moves by hand. */
    public static KioskWindow open(Stage stage, KioskConfig config, String baseUrl, Clock clock, TaskExecutor tasks,
                                   TickSource idleTicks) {
        return new KioskWindow(stage, config, baseUrl, clock, tasks, idleTicks);
    }

    /** Stops the kiosk's clocks and the card read, so a closed kiosk does nothing more; on the FX thread. */
    public void stop() {
        idle.stop();
        holdTicks.stop();
        terminal.cancelRead();
        wedgeScanner.close();
        if (serialScanner != null) {
            // releasing the port waits for its reader; not on the FX thread
            Thread release = new Thread(() -> {
                try {
                    serialScanner.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "serial-scanner release");
            release.setDaemon(true);
            release.start();
        }
    }

    public Messages messages() {
        return messages;
    }

    public Sale sale() {
        return sale;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** The customer's way through the screens; {@link Journey#startOver()} as when a customer leaves. */
    public Journey journey() {
        return journey;
    }

    public KioskStatus status() {
        return status;
    }

    /** The countdown of the held seats; a test that takes a hold behind the screens' back ticks it. */
    public HoldClock holdClock() {
        return holdClock;
    }

    /** The receipt printer the settings name: ESC/POS on serial, USB or TCP, or the simulator. */
    public ReceiptPrinter printer() {
        return printer;
    }

    /** The simulated card terminal, whose pad the payment screen shows. */
    public SimulatedPaymentTerminal terminal() {
        return terminal;
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
