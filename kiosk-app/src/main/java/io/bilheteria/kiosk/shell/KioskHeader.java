package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar on top of every purchase screen: back, the screen's title, the time left on the
 * held seats, the language switch and "cancel purchase".
 */
public final class KioskHeader {
    private KioskHeader() {
    }

    /** {@code backTo} null: no back button (the first screen of a purchase). */
    public static HBox of(KioskContext ctx, String titleKey, Place backTo) {
        HoldClock holdClock = ctx.holdClock();
        Messages m = ctx.messages();
        HBox bar = new HBox(24);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("kiosk-header");
        if (backTo != null) {
            Button back = new Button();
            back.textProperty().bind(m.text("common.back"));
            back.getStyleClass().add(Theme.SECONDARY);
            back.setId("back");
            back.setOnAction(e -> ctx.navigator().go(backTo));
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
        cancel.textProperty().bind(m.text("kiosk.cancelPurchase"));
        cancel.getStyleClass().add(Theme.DANGER);
        // beside the language button a slip of the finger is easy; held seats are only given back when confirmed
        cancel.setOnAction(e -> {
            if (holdClock.holdingProperty().get()) {
                ctx.overlay().ask(m.get("kiosk.cancelPurchase.question"), m.get("kiosk.cancelPurchase.yes"),
                        m.get("kiosk.cancelPurchase.no"), ctx::endCustomer);
            } else {
                ctx.endCustomer();
            }
        });

        bar.getChildren().addAll(title, spacer, timeLeft, language, cancel);
        return bar;
    }
}
