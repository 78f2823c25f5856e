package io.bilheteria.kiosk.shell;

import io.bilheteria.devices.payment.sim.SimulatedPaymentTerminal;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.idle.IdleTimer;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Clock;

/**
 * What every kiosk screen works with, wired by hand in {@link io.bilheteria.kiosk.KioskWindow}. Screens run
 * backend calls through {@link #calls()}: the busy veil follows them, and a failure a screen leaves
 * to the shell goes to {@link ReportedFailures} (an unreachable backend: out of service).
 */
public final class KioskContext {
    private final KioskConfig config;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final BackendCalls calls;
    private final TerminalBackend backend;
    private final Sale sale;
    private final Navigator navigator;
    private final Overlay overlay;
    private final ReceiptPrinter printer;
    private final SimulatedPaymentTerminal terminal;
    private final Clock clock;
    private IdleTimer idle;
    private final KioskStatus status;
    private HoldClock holdClock;

    public KioskContext(KioskConfig config, Messages messages, TaskExecutor tasks, BackendCalls calls,
                 TerminalBackend backend, Sale sale, Navigator navigator, Overlay overlay, ReceiptPrinter printer,
                 SimulatedPaymentTerminal terminal, Clock clock, KioskStatus status) {
        this.config = config;
        this.messages = messages;
        this.tasks = tasks;
        this.calls = calls;
        this.backend = backend;
        this.sale = sale;
        this.navigator = navigator;
        this.overlay = overlay;
        this.printer = printer;
        this.terminal = terminal;
        this.clock = clock;
        this.status = status;
        // a customer who cannot reach the backend cannot go on either: out of service at once
        status.backendReachableProperty().addListener((obs, was, reachable) -> {
            if (!reachable) {
                navigator.go(Place.OUT_OF_SERVICE);
            }
        });
    }

    /**
     * The customer is done or gone: release anything held, forget everything, back to attract,
     * or out of service while the kiosk cannot sell ({@link KioskStatus}).
     */
    public void endCustomer() {
        overlay.clear();
        Place next = status.isInService() ? Place.ATTRACT : Place.OUT_OF_SERVICE;
        BackgroundTask.of(() -> {
                    sale.abandon();
                    return null;
                })
                .onSuccess(done -> navigator.go(next))
                .onFailure(failure -> navigator.go(next))
                .executeWith(tasks);
        messages.setLocale(config.locale());
    }

    public KioskConfig config() {
        return config;
    }

    public Messages messages() {
        return messages;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    /** The backend calls a customer waits for, behind the busy veil. */
    public BackendCalls calls() {
        return calls;
    }

    public TerminalBackend backend() {
        return backend;
    }

    public Sale sale() {
        return sale;
    }

    public Navigator navigator() {
        return navigator;
    }

    public Overlay overlay() {
        return overlay;
    }

    /** The receipt printer the settings name: ESC/POS on serial, USB or TCP, or the simulator. */
    public ReceiptPrinter printer() {
        return printer;
    }

    /** Whether the kiosk sells, and why not. */
    public KioskStatus status() {
        return status;
    }

    /** The simulated payment terminal; the payment screen shows its on-screen card pad. */
    public SimulatedPaymentTerminal terminal() {
        return terminal;
    }

    public Clock clock() {
        return clock;
    }

    public IdleTimer idle() {
        return idle;
    }

    public void idle(IdleTimer timer) {
        this.idle = timer;
    }

    /** The countdown of the held seats, shown in every purchase screen's header. */
    public HoldClock holdClock() {
        return holdClock;
    }

    public void holdClock(HoldClock clock) {
        this.holdClock = clock;
    }
}
