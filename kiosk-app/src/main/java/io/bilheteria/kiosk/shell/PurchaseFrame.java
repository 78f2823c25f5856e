package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * What every purchase screen has around its body: the bar on top (back, the screen's title, the
 * time left on the held seats, the language switch and "cancel purchase"), and touches that keep
 * the seats held.
 */
public final class PurchaseFrame {
    private final Messages messages;
    private final Journey journey;
    private final HoldClock holdClock;
    private final Overlay overlay;
    private final Sale sale;
    private final TaskExecutor tasks;

    public PurchaseFrame(Messages messages, Journey journey, HoldClock holdClock, Overlay overlay, Sale sale,
                         TaskExecutor tasks) {
        this.messages = messages;
        this.journey = journey;
        this.holdClock = holdClock;
        this.overlay = overlay;
        this.sale = sale;
        this.tasks = tasks;
    }

    /** {@code body} under the bar titled {@code titleKey}; {@code backTo} null: no back button (the first screen of a purchase). */
    public BorderPane around(Node body, String titleKey, Place backTo) {
        return around(body, titleKey, backTo, "kiosk.cancelPurchase");
    }

    /** As above, the cancel button saying {@code cancelKey}: collecting tickets is no purchase to cancel. */
    public BorderPane around(Node body, String titleKey, Place backTo, String cancelKey) {
        BorderPane view = new BorderPane(body);
        view.setTop(bar(titleKey, backTo, cancelKey));
        keepHoldAlive(view);
        return view;
    }

    private HBox bar(String titleKey, Place backTo, String cancelKey) {
        Messages m = messages;
        HBox bar = new HBox(24);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("kiosk-header");
        if (backTo != null) {
            Button back = new Button();
            back.textProperty().bind(m.text("common.back"));
            back.getStyleClass().add(Theme.SECONDARY);
            back.setId("back");
            back.setOnAction(e -> journey.go(backTo));
            bar.getChildren().add(back);
        }
        Label title = new Label();
        title.textProperty().bind(m.text(titleKey));
        title.getStyleClass().add(Theme.TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label timeLeft = new Label();
        timeLeft.setId("hold-countdown");
        timeLeft.getStyleClass().add("hold-countdown");
        timeLeft.textProperty().bind(m.text("kiosk.hold.timeLeft",
                Bindings.createStringBinding(() -> Formats.countdown(holdClock.getTimeLeft()),
                        holdClock.timeLeftProperty())));
        timeLeft.visibleProperty().bind(holdClock.holdingProperty());
        timeLeft.managedProperty().bind(timeLeft.visibleProperty());

        Button language = new Button();
        language.setId("language");
        language.textProperty().bind(m.text("kiosk.language.other"));
        language.getStyleClass().add(Theme.SECONDARY);
        language.setOnAction(e -> m.setLocale(m.getLocale().getLanguage().equals("en") ? Messages.PT_BR
                : Messages.ENGLISH));

        Button cancel = new Button();
        cancel.setId("cancel-purchase");
        cancel.textProperty().bind(m.text(cancelKey));
        cancel.getStyleClass().add(Theme.DANGER);
        // beside the language button a slip of the finger is easy; held seats are only given back when confirmed
        cancel.setOnAction(e -> {
            if (holdClock.isHolding()) {
                overlay.ask(m.get("kiosk.cancelPurchase.question"), m.get("kiosk.cancelPurchase.yes"),
                        m.get("kiosk.cancelPurchase.no"), journey::startOver);
            } else {
                journey.startOver();
            }
        });

        bar.getChildren().addAll(title, spacer, timeLeft, language, cancel);
        return bar;
    }

    /**
     * A customer who is still touching the screen is still buying: each touch while seats are held
     * asks the backend for more time (the sale sends at most one request in a while, and the backend
     * caps the total).
     */
    private void keepHoldAlive(Node view) {
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!holdClock.isHolding()) {
                return;
            }
            BackgroundTask.of(sale::keepAlive)
                    .onSuccess(extended -> {
                        if (extended) {
                            holdClock.tick();
                        }
                    })
                    // not extended is not a problem to report: the countdown keeps showing the real time left
                    .onFailure(ignored -> { })
                    .executeWith(tasks);
        });
    }
}
