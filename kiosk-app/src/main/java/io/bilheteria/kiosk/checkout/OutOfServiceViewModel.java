package io.bilheteria.kiosk.checkout;

import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.PaymentOutcome;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Duration;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the out-of-service screen says and does ({@link OutOfServiceScreen} shows it) while the kiosk
 * cannot sell ({@link KioskStatus}): why, in the customer's language, and, at each {@link #probe()},
 * asking again about the first reason, without a busy veil: the backend while it could not be
 * reached, then the printer while it could not print; a kiosk staff closed waits for them. When the
 * backend answers, a payment cut off midway is settled first: paid means the tickets print,
 * anything else means nothing was charged, said in a notice. Otherwise the kiosk starts over, in
 * service or out of it for the next reason.
 */
public final class OutOfServiceViewModel {
    /** How often the screen asks again. */
    static final Duration RETRY_EVERY = Duration.ofSeconds(3);
    /** How long "nothing was charged" stays up when the customer does not tap OK. */
    static final Duration NOTICE_FOR = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(OutOfServiceViewModel.class);

    private final Sale sale;
    private final TerminalBackend backend;
    private final ReceiptPrinter printer;
    private final TaskExecutor tasks;
    private final Messages m;
    private final KioskStatus status;
    private final Journey journey;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper notice = new ReadOnlyBooleanWrapper(this, "notice");
    private boolean shown;
    /** A check or a settlement is under way; the next probe waits for it. */
    private boolean checking;

    public OutOfServiceViewModel(Sale sale, TerminalBackend backend, ReceiptPrinter printer, TaskExecutor tasks,
                                 Messages messages, KioskStatus status, Journey journey) {
        this.sale = sale;
        this.backend = backend;
        this.printer = printer;
        this.tasks = tasks;
        this.m = messages;
        this.status = status;
        this.journey = journey;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The kiosk is back and tells the customer what became of their payment, until OK or {@link #NOTICE_FOR}. */
    public ReadOnlyBooleanProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void shown() {
        shown = true;
        checking = false;
        notice.set(false);
        title.bind(m.text("checkout.outOfService.title"));
        sayWhy();
    }

    public void hidden() {
        shown = false;
    }

    /** OK on the notice, or nobody tapped it: the next customer. */
    public void acknowledge() {
        journey.startOver();
    }

    /** Asks again about the first reason the kiosk is out of service; the screen calls it every {@link #RETRY_EVERY}. */
    public void probe() {
        KioskStatus.Reason reason = status.getReason();
        if (checking || notice.get() || reason == KioskStatus.Reason.STAFF) {
            return; // staff open the kiosk again on the maintenance screen
        }
        checking = true;
        if (reason == KioskStatus.Reason.PRINTER) {
            probePrinter();
        } else {
            probeBackend();
        }
    }

    private boolean interruptedPayment() {
        return sale.orderCode().isPresent() && sale.tickets().isEmpty();
    }

    private void sayWhy() {
        if (status.getReason() == KioskStatus.Reason.PRINTER) {
            message.bind(m.text("checkout.outOfService.printer",
                    m.text("checkout.printer." + status.printerProblem().orElseThrow().name())));
        } else if (status.getReason() == KioskStatus.Reason.STAFF) {
            message.bind(m.text("checkout.outOfService.staff"));
        } else {
            message.bind(m.text(interruptedPayment()
                    ? "checkout.outOfService.checkingPayment" : "checkout.outOfService.message"));
        }
    }

    private void probeBackend() {
        BackgroundTask.of(backend::reachable)
                .onSuccess(reachable -> {
                    checking = false;
                    if (reachable && shown) {
                        backendBack();
                    }
                })
                .onFailure(failure -> {
                    checking = false;
                    log.warn("checking the backend failed", failure);
                })
                .executeWith(tasks);
    }

    /** Reads the printer off the FX thread; ready again (paper loaded, cover closed) means this reason is gone. */
    private void probePrinter() {
        BackgroundTask.of(printer::status)
                .onSuccess(answer -> {
                    checking = false;
                    if (!shown) {
                        return;
                    }
                    status.printerNow(answer);
                    if (answer.canPrint()) {
                        journey.startOver();
                    } else {
                        sayWhy();
                    }
                })
                .onFailure(failure -> {
                    checking = false;
                    log.warn("reading the printer status failed", failure);
                })
                .executeWith(tasks);
    }

    /** The backend answers: what its absence cut off is dealt with before the kiosk says it is back. */
    private void backendBack() {
        if (interruptedPayment()) {
            checking = true;
            BackgroundTask.of(sale::settleInterrupted)
                    .onSuccess(this::settled)
                    .onFailure(this::notSettled)
                    .executeWith(tasks);
            return;
        }
        status.backendAnswered();
        if (!sale.tickets().isEmpty()) {
            // paid before the backend went away: the tickets only need the printer
            journey.go(Place.PRINTING);
        } else {
            journey.startOver();
        }
    }

    private void settled(PaymentOutcome outcome) {
        checking = false;
        if (!shown) {
            return;
        }
        status.backendAnswered();
        if (outcome instanceof PaymentOutcome.Paid) {
            journey.go(Place.PRINTING);
        } else {
            tell(m.text("checkout.outOfService.nothingCharged"));
        }
    }

    private void notSettled(Throwable failure) {
        checking = false;
        if (failure instanceof BackendUnavailableException || !shown) {
            return; // still down: the next probe tries again
        }
        log.error("settling the interrupted payment failed", failure);
        status.backendAnswered();
        tell(m.text("checkout.outOfService.askBoxOffice", sale.orderCode().orElse("")));
    }

    private void tell(StringExpression what) {
        title.bind(m.text("checkout.outOfService.back"));
        message.bind(what);
        notice.set(true);
    }
}
