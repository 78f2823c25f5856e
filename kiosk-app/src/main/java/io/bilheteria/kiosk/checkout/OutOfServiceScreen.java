package io.bilheteria.kiosk.checkout;

import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.sale.PaymentOutcome;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.theme.Theme;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown while the kiosk cannot sell ({@link KioskStatus}), saying why. Every few seconds it asks
 * again by itself, without a busy veil: the backend while it could not be reached, then the printer
 * while it could not print (back in service once it answers ready); a kiosk staff closed waits for
 * them. When the backend answers, a payment cut off midway is settled first: paid means the tickets
 * print, anything else means nothing was charged and the seats are given back. Without a payment to
 * settle the totem simply starts over.
 */
public final class OutOfServiceScreen implements Screen {
    static final Duration RETRY_EVERY = Duration.ofSeconds(3);
    /** How long "nothing was charged" stays up when the customer does not tap OK. */
    static final Duration SETTLED_NOTICE = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(OutOfServiceScreen.class);

    private final Messages m;
    private final Sale sale;
    private final TerminalBackend backend;
    private final ReceiptPrinter printer;
    private final TaskExecutor tasks;
    private final KioskStatus kioskStatus;
    private final Journey journey;
    private final VBox view;
    private final Label title = new Label();
    private final Label message = new Label();
    private final Button ok;
    private final Timeline retries;
    private final PauseTransition noticeEnds =
            new PauseTransition(javafx.util.Duration.millis(SETTLED_NOTICE.toMillis()));
    /** A check or a settlement is under way; the next retry waits for it. */
    private boolean checking;

    public OutOfServiceScreen(Messages messages, Sale sale, TerminalBackend backend, ReceiptPrinter printer,
                              TaskExecutor tasks, KioskStatus status, Journey journey) {
        this.m = messages;
        this.sale = sale;
        this.backend = backend;
        this.printer = printer;
        this.tasks = tasks;
        this.kioskStatus = status;
        this.journey = journey;
        title.setId("oos-title");
        title.getStyleClass().add(Theme.TITLE);
        title.setWrapText(true);
        message.setId("oos-message");
        message.getStyleClass().add(Theme.SUBTITLE);
        message.setWrapText(true);
        ok = CheckoutScreens.button(m, "oos-ok", "common.ok", Theme.PRIMARY, this::startOver);
        ok.getStyleClass().add("checkout-main-action");
        ok.managedProperty().bind(ok.visibleProperty());
        noticeEnds.setOnFinished(e -> startOver());
        VBox card = new VBox(40, title, message, ok);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().addAll(Theme.CARD, "checkout-notice");
        view = new VBox(card);
        view.setAlignment(Pos.CENTER);
        view.getStyleClass().add("checkout-body");
        view.getStylesheets().add(CheckoutScreens.STYLESHEET);

        retries = new Timeline(new KeyFrame(javafx.util.Duration.millis(RETRY_EVERY.toMillis()), e -> probe()));
        retries.setCycleCount(Animation.INDEFINITE);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        checking = false;
        title.textProperty().bind(m.text("checkout.outOfService.title"));
        showReason();
        ok.setVisible(false);
        retries.playFromStart();
    }

    @Override
    public void hidden() {
        retries.stop();
        noticeEnds.stop();
    }

    private boolean interruptedPayment() {
        return sale.orderCode().isPresent() && sale.tickets().isEmpty();
    }

    private void showReason() {
        if (kioskStatus.getReason() == KioskStatus.Reason.PRINTER) {
            message.textProperty().bind(m.text("checkout.outOfService.printer",
                    m.text("checkout.printer." + kioskStatus.printerProblem().orElseThrow().name())));
        } else if (kioskStatus.getReason() == KioskStatus.Reason.STAFF) {
            message.textProperty().bind(m.text("checkout.outOfService.staff"));
        } else {
            message.textProperty().bind(m.text(interruptedPayment()
                    ? "checkout.outOfService.checkingPayment" : "checkout.outOfService.message"));
        }
    }

    private void probe() {
        KioskStatus.Reason reason = kioskStatus.getReason();
        if (checking || reason == KioskStatus.Reason.STAFF) {
            return; // staff open the kiosk again on the maintenance screen
        }
        checking = true;
        if (reason == KioskStatus.Reason.PRINTER) {
            probePrinter();
            return;
        }
        BackgroundTask.of(() -> backend.reachable())
                .onSuccess(reachable -> {
                    checking = false;
                    if (reachable && here()) {
                        backInService();
                    }
                })
                .onFailure(failure -> {
                    checking = false;
                    log.warn("checking the backend failed", failure);
                })
                .executeWith(tasks);
    }

    /** Reads the printer off the FX thread; ready again (paper loaded, cover closed) means back in service. */
    private void probePrinter() {
        BackgroundTask.of(() -> printer.status())
                .onSuccess(status -> {
                    checking = false;
                    if (!here()) {
                        return;
                    }
                    kioskStatus.printerNow(status);
                    if (status.canPrint()) {
                        startOver();
                    } else {
                        showReason();
                    }
                })
                .onFailure(failure -> {
                    checking = false;
                    log.warn("reading the printer status failed", failure);
                })
                .executeWith(tasks);
    }

    /** The backend answers: what its absence cut off is dealt with before the kiosk says it is back. */
    private void backInService() {
        if (interruptedPayment()) {
            checking = true;
            BackgroundTask.of(sale::settleInterrupted)
                    .onSuccess(this::settled)
                    .onFailure(this::notSettled)
                    .executeWith(tasks);
            return;
        }
        kioskStatus.backendAnswered();
        if (!sale.tickets().isEmpty()) {
            // paid before the backend went away: the tickets only need the printer
            journey.go(Place.PRINTING);
        } else {
            startOver();
        }
    }

    private void settled(PaymentOutcome outcome) {
        checking = false;
        if (!here()) {
            return;
        }
        kioskStatus.backendAnswered();
        if (outcome instanceof PaymentOutcome.Paid) {
            journey.go(Place.PRINTING);
        } else {
            notice("checkout.outOfService.back", m.text("checkout.outOfService.nothingCharged"));
        }
    }

    private void notSettled(Throwable failure) {
        checking = false;
        if (failure instanceof BackendUnavailableException || !here()) {
            return; // still down: the next retry tries again
        }
        log.error("settling the interrupted payment failed", failure);
        kioskStatus.backendAnswered();
        notice("checkout.outOfService.back", m.text("checkout.outOfService.askBoxOffice",
                sale.orderCode().orElse("")));
    }

    private void notice(String titleKey, StringBinding text) {
        retries.stop();
        title.textProperty().bind(m.text(titleKey));
        message.textProperty().bind(text);
        ok.setVisible(true);
        noticeEnds.playFromStart();
    }

    private void startOver() {
        retries.stop();
        noticeEnds.stop();
        journey.startOver();
    }

    private boolean here() {
        return journey.place() == Place.OUT_OF_SERVICE;
    }
}
