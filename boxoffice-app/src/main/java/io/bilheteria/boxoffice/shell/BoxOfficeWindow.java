package io.bilheteria.boxoffice.shell;

import io.bilheteria.api.auth.Role;
import io.bilheteria.boxoffice.admin.AdminScreen;
import io.bilheteria.boxoffice.cashier.CashierScreen;
import io.bilheteria.boxoffice.cashier.PostSaleScreen;
import io.bilheteria.boxoffice.cashier.PostSaleViewModel;
import io.bilheteria.boxoffice.cashier.ShiftScreen;
import io.bilheteria.boxoffice.counter.ConcessionCounter;
import io.bilheteria.boxoffice.counter.CounterUnavailableException;
import io.bilheteria.boxoffice.counter.ui.CounterScreen;
import io.bilheteria.boxoffice.counter.ui.CounterViewModel;
import io.bilheteria.boxoffice.gate.Gate;
import io.bilheteria.boxoffice.gate.GateUnavailableException;
import io.bilheteria.boxoffice.gate.SessionsOnOffer;
import io.bilheteria.boxoffice.gate.ui.GateScreen;
import io.bilheteria.boxoffice.gate.ui.GateViewModel;
import io.bilheteria.boxoffice.gate.ui.SessionPicker;
import io.bilheteria.boxoffice.gate.ui.StationScreen;
import io.bilheteria.boxoffice.gate.ui.StationViewModel;
import io.bilheteria.boxoffice.gate.ui.VerdictSounds;
import io.bilheteria.boxoffice.login.LoginScreen;
import io.bilheteria.boxoffice.login.OfflineAccounts;
import io.bilheteria.boxoffice.login.StaffSignIn;
import io.bilheteria.boxoffice.login.StaffSignIn.SignedIn;
import io.bilheteria.boxoffice.offline.SyncSettings;
import io.bilheteria.boxoffice.partner.PartnerScreen;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.devices.payment.sim.SimulatedPaymentTerminal;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.ReceiptPrinters;
import io.bilheteria.devices.scanner.SerialScanner;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.scanner.WedgeScanInput;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The box office's one window: sign in, then by the account's role the cashier's sale or the
 * gate (pick sessions, scan; or F4 there, the concession counter), or a partner's back office.
 * Scanners feed the gate or counter screen while it is shown: keyboard-wedge scanners through
 * the scene's keys, a serial scanner (if configured) through its port. A gate or counter works
 * with the backend away: staff who signed in here lately sign in offline, the sessions this gate
 * opened before are offered, and the station signs in again by itself when the backend is back.
 */
public final class BoxOfficeWindow implements AutoCloseable {
    public static final String BUNDLE = "io.bilheteria.boxoffice.shell.boxoffice";
    private static final Logger log = LoggerFactory.getLogger(BoxOfficeWindow.class);
    /** The backend's own cost: the hash on this disk is no easier to attack than the server's. */
    private static final int OFFLINE_HASH_ITERATIONS = 210_000;

    private final BoxOfficeConfig config;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final SessionsOnOffer sessionsOnOffer;
    private final StackPane screens = new StackPane();
    private final Scene scene;
    private final VerdictSounds sounds = new VerdictSounds();
    private final LoginScreen login;
    private final SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
    private final ReceiptPrinter printer;
    private CashierScreen cashier;
    /** The open gate's or concession counter's screen state. */
    private StationViewModel<?, ?, ?> stationModel;
    /** The open station's own calls, one at a time, so scans are decided in the order they were read. */
    private UiTaskExecutor stationCalls;
    private StationScreen stationScreen;
    private WedgeScanInput wedge;
    private SerialScanner serialScanner;
    /** Who is signed in at this desk, or null at the sign-in. */
    private SignedIn signedIn;
    /**
     * Releasing a gate or counter joins its threads and closes its journal, so it happens off the
     * FX thread; the next one opens only once it is done (the journal's folder is locked). A
     * sign-out's logout runs after it too, so the station's last sync still has its token.
     */
    private CompletableFuture<Void> released = CompletableFuture.completedFuture(null);

    private BoxOfficeWindow(Stage stage, BoxOfficeConfig config, String baseUrl, TaskExecutor tasks, Clock clock) {
        this.config = config;
        this.messages = new Messages(config.locale(), BUNDLE);
        this.tasks = tasks;
        this.clock = clock;
        this.sessionsOnOffer = new SessionsOnOffer(config.dataDir().resolve("gate").resolve("sessions.json"), clock);
        StaffSignIn staff = new StaffSignIn(BilheteriaClient.builder().baseUrl(baseUrl).build(),
                new OfflineAccounts(config.dataDir().resolve("offline-sign-in.json"), OFFLINE_HASH_ITERATIONS, clock));
        screens.setId("screens");
        screens.getStyleClass().add("boxoffice-root");
        scene = new Scene(screens, 1600, 900);
        Theme.apply(scene, Theme.Density.DESK);
        scene.getStylesheets().add(BoxOfficeWindow.class.getResource("boxoffice.css").toExternalForm());
        login = new LoginScreen(messages, staff, tasks, this::signedIn);
        printer = ReceiptPrinters.open(config.printer(), config.dataDir().resolve("receipts"));
        stage.setScene(scene);
    }

    /** Opens the sign-in on the stage, talking to the backend at {@code baseUrl}; on the FX thread. */
    public static BoxOfficeWindow open(Stage stage, BoxOfficeConfig config, String baseUrl, TaskExecutor tasks) {
        return open(stage, config, baseUrl, tasks, Clock.systemDefaultZone());
    }

    public static BoxOfficeWindow open(Stage stage, BoxOfficeConfig config, String baseUrl, TaskExecutor tasks,
                                       Clock clock) {
        BoxOfficeWindow window = new BoxOfficeWindow(stage, config, baseUrl, tasks, clock);
        window.showLogin();
        stage.show();
        return window;
    }

    /** The sign-in, which every sign-out returns to: the one leaving is logged out of the backend. */
    private void showLogin() {
        logOut();
        show(login.view());
        login.focus();
    }

    /**
     * Revokes the leaving account's token on the backend, so that nothing left on this desk can act
     * as them; after the gate (if any) has let go of it. An unreachable backend only logs: the
     * token then lives until it expires.
     */
    private void logOut() {
        SignedIn leaving = signedIn;
        signedIn = null;
        if (leaving == null) {
            return;
        }
        released = released.thenRunAsync(() -> {
            try {
                leaving.client().logout();
            } catch (RuntimeException unreachable) {
                log.info("{} signed out, but the backend did not hear it: {}", leaving.username(),
                        unreachable.getMessage());
            }
        });
    }

    private void signedIn(SignedIn staff) {
        signedIn = staff;
        if (staff.role() == Role.GATE) {
            pickSessions(staff);
        } else if (staff.role() == Role.CASHIER) {
            openCashier(staff);
        } else if (staff.role() == Role.PARTNER) {
            openPartner(staff);
        } else if (staff.role() == Role.ADMIN) {
            openAdmin(staff);
        } else {
            login.say(messages.get("login.role.refused"));
        }
    }

    /** A cashier sells in an open till: the shift screen opens one first when none is. */
    private void openCashier(SignedIn staff) {
        TerminalBackend backend = new TerminalBackend(staff.client(), staff.again());
        Sale sale = new Sale(backend, clock, config.zone(), config.deskId());
        ShiftScreen shift = new ShiftScreen(messages, backend, tasks, printer, config.zone());
        PostSaleScreen orders = new PostSaleScreen(messages,
                new PostSaleViewModel(messages, backend, tasks, config.zone(), printer, clock,
                        order -> cashier.refunded(order)), this::showSale);
        cashier = new CashierScreen(messages, sale, tasks, terminal, printer, config.zone(), staff.username(),
                new CashierScreen.Exits() {
                    @Override
                    public void orders() {
                        show(orders.view());
                        orders.focus();
                    }

                    @Override
                    public void signOut() {
                        cashier = null;
                        showLogin();
                    }

                    @Override
                    public void closeShift() {
                        cashier = null;
                        show(shift.view());
                        shift.focus();
                        shift.close(BoxOfficeWindow.this::showLogin);
                    }
                });
        show(shift.view());
        shift.focus();
        shift.openThen(staff.username(), this::showSale, this::showLogin);
    }

    /** A partner's back office: its own events, their sessions, seats, products and sales. */
    private void openPartner(SignedIn staff) {
        PartnerScreen partner = new PartnerScreen(config.locale(), new TerminalBackend(staff.client(), staff.again()),
                tasks, config.zone(), staff.username(), this::showLogin);
        show(partner.view());
        partner.open();
        partner.focus();
    }

    /** The platform's administration: partners and their fees, staff accounts, totals. */
    private void openAdmin(SignedIn staff) {
        AdminScreen admin = new AdminScreen(new Messages(config.locale(), AdminScreen.BUNDLE, BUNDLE),
                new TerminalBackend(staff.client(), staff.again()), tasks, config.zone(), staff.username(),
                this::showLogin);
        show(admin.view());
        admin.focus();
    }

    private void showSale() {
        show(cashier.view());
        cashier.focus();
    }

    private SessionPicker pickSessions(SignedIn staff) {
        SessionPicker picker = new SessionPicker(messages, sessionsOnOffer, staff.client(), tasks, config.zone(),
                chosen -> openGate(staff, chosen), () -> openCounter(staff));
        show(picker.view());
        picker.focus();
        return picker;
    }

    /** Opening may wait for the backend (a gate's very first start needs the ticket key), so off the FX thread. */
    private void openGate(SignedIn staff, List<SessionPicker.Choice> chosen) {
        Label opening = new Label(messages.get("gate.opening"));
        show(opening);
        List<SessionsOnOffer.Session> sessions = chosen.stream().map(SessionPicker.Choice::session).toList();
        List<String> sessionIds = sessions.stream().map(SessionsOnOffer.Session::sessionId).toList();
        String sessionsLabel = chosen.stream().map(SessionPicker.Choice::label).collect(Collectors.joining("\n"));
        CompletableFuture<Void> previous = released;
        BackgroundTask.of(() -> {
                    previous.join();
                    Gate gate = Gate.open(config.dataDir().resolve("gate"), staff.client(), config.gateId(), sessionIds,
                            SyncSettings.defaults().withClock(clock), staff.again());
                    sessionsOnOffer.opened(sessions);
                    gate.knowSessionStarts(sessionsOnOffer.startTimes());
                    return gate;
                })
                .onSuccess(gate -> showGate(staff, gate, sessionsLabel))
                .onFailure(error -> {
                    String reason = error instanceof GateUnavailableException ? error.getMessage()
                            : error.getClass().getSimpleName();
                    log.warn("the gate did not open", error);
                    pickSessions(staff).say(messages.get("gate.unavailable", reason));
                })
                .executeWith(tasks);
    }

    private void showGate(SignedIn staff, Gate gate, String sessionsLabel) {
        stationCalls = new UiTaskExecutor(1);
        GateViewModel model = new GateViewModel(gate, stationCalls, messages, config.zone(), clock);
        stationModel = model;
        showStation(new GateScreen(model, messages, sessionsLabel, sounds, stationExits(staff)));
    }

    /** Opening may wait for the backend (a counter's very first start needs the signing key), so off the FX thread. */
    private void openCounter(SignedIn staff) {
        Messages counterTexts = new Messages(config.locale(), CounterScreen.BUNDLE, BUNDLE);
        show(new Label(counterTexts.get("counter.opening")));
        CompletableFuture<Void> previous = released;
        BackgroundTask.of(() -> {
                    previous.join();
                    return ConcessionCounter.open(config.dataDir().resolve("counter"), staff.client(),
                            config.counterId(), config.zone(), SyncSettings.defaults().withClock(clock), staff.again());
                })
                .onSuccess(counter -> showCounter(staff, counter, counterTexts))
                .onFailure(error -> {
                    String reason = error instanceof CounterUnavailableException ? error.getMessage()
                            : error.getClass().getSimpleName();
                    log.warn("the concession counter did not open", error);
                    pickSessions(staff).say(counterTexts.get("counter.unavailable", reason));
                })
                .executeWith(tasks);
    }

    private void showCounter(SignedIn staff, ConcessionCounter counter, Messages counterTexts) {
        stationCalls = new UiTaskExecutor(1);
        CounterViewModel model = new CounterViewModel(counter, stationCalls, counterTexts, config.zone(), clock);
        stationModel = model;
        showStation(new CounterScreen(model, counterTexts, sounds, stationExits(staff)));
    }

    /** F2 and F10 at the gate or the counter. */
    private StationScreen.Exits stationExits(SignedIn staff) {
        return new StationScreen.Exits() {
            @Override
            public void chooseAgain() {
                closeStation();
                pickSessions(staff);
            }

            @Override
            public void signOut() {
                closeStation();
                showLogin();
            }
        };
    }

    /** Shows a gate or counter screen and feeds it the scanners. */
    private void showStation(StationScreen screen) {
        stationScreen = screen;
        show(screen.view());
        screen.focus();
        wedge = new WedgeScanInput(scene, screen::scanned);
        config.scanner().ifPresent(setting -> {
            try {
                serialScanner = SerialScanner.start(setting, code -> Platform.runLater(() -> screen.scanned(code)));
            } catch (RuntimeException e) {
                log.warn("the serial scanner {} did not open", setting, e);
            }
        });
    }

    /** Leaves the gate or counter screen at once; the station and the serial scanner go in the background. */
    private void closeStation() {
        if (wedge != null) {
            wedge.close();
            wedge = null;
        }
        if (stationScreen != null) {
            stationScreen.leave();
            stationScreen = null;
        }
        StationViewModel<?, ?, ?> model = stationModel;
        UiTaskExecutor calls = stationCalls;
        SerialScanner scanner = serialScanner;
        stationModel = null;
        stationCalls = null;
        serialScanner = null;
        if (model != null || scanner != null) {
            released = released.thenRunAsync(() -> release(model, calls, scanner));
        }
    }

    private static void release(StationViewModel<?, ?, ?> model, UiTaskExecutor calls, SerialScanner scanner) {
        if (scanner != null) {
            try {
                scanner.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (model != null) {
            model.close();
            calls.close();
        }
    }

    private void show(Node node) {
        screens.getChildren().setAll(node);
    }

    public Scene scene() {
        return scene;
    }

    /** Releases the gate or counter and waits for it, so its journal is closed before the app exits. */
    @Override
    public void close() {
        closeStation();
        if (cashier != null) {
            cashier.leave();
            cashier.abandon();
        }
        released.join();
        sounds.close();
        printer.close();
    }
}
