package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The out-of-service screen: why the kiosk cannot sell, and once it is back what became of a payment
 * cut off, with OK. It asks again every few seconds; the decisions are
 * {@link OutOfServiceViewModel}'s, this lays them out, binds to them and keeps the time.
 */
public final class OutOfServiceScreen implements Screen {
    private final OutOfServiceViewModel model;
    private final VBox view;
    private final Timeline retries;
    private final PauseTransition noticeEnds =
            new PauseTransition(Duration.millis(OutOfServiceViewModel.NOTICE_FOR.toMillis()));

    public OutOfServiceScreen(OutOfServiceViewModel model, Messages m) {
        this.model = model;
        Label title = new Label();
        title.setId("oos-title");
        title.getStyleClass().add(Theme.TITLE);
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        Label message = new Label();
        message.setId("oos-message");
        message.getStyleClass().add(Theme.SUBTITLE);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button ok = CheckoutScreens.button(m, "oos-ok", "common.ok", Theme.PRIMARY, this::acknowledge);
        ok.getStyleClass().add("checkout-main-action");
        ok.visibleProperty().bind(model.noticeProperty());
        ok.managedProperty().bind(ok.visibleProperty());
        noticeEnds.setOnFinished(e -> acknowledge());
        VBox card = new VBox(40, title, message, ok);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().addAll(Theme.CARD, "checkout-notice");
        view = new VBox(card);
        view.setAlignment(Pos.CENTER);
        view.getStyleClass().add("checkout-body");
        view.getStylesheets().add(CheckoutScreens.STYLESHEET);

        retries = new Timeline(new KeyFrame(Duration.millis(OutOfServiceViewModel.RETRY_EVERY.toMillis()),
                e -> model.probe()));
        retries.setCycleCount(Animation.INDEFINITE);
        model.noticeProperty().addListener((obs, before, telling) -> {
            if (telling) {
                retries.stop();
                noticeEnds.playFromStart();
            }
        });
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        model.shown();
        retries.playFromStart();
    }

    @Override
    public void hidden() {
        retries.stop();
        noticeEnds.stop();
        model.hidden();
    }

    private void acknowledge() {
        retries.stop();
        noticeEnds.stop();
        model.acknowledge();
    }
}
