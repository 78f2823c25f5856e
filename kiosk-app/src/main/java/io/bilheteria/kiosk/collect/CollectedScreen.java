package io.bilheteria.kiosk.collect;

import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The end of a collection: take the tickets, or why they did not print and how to collect them later. */
public final class CollectedScreen implements Screen {
    private final CollectedViewModel model;
    private final VBox view;

    public CollectedScreen(CollectedViewModel model, Messages messages) {
        this.model = model;
        Label message = new Label();
        message.setId("collect-done-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().addAll(Theme.TITLE, "collect-done-message");
        model.printedProperty().addListener((obs, was, printed) -> markFailure(message, !printed));
        Button finish = CollectScreens.button(messages, "collect-finish", "collect.done.finish", Theme.PRIMARY,
                model::finish);
        finish.getStyleClass().add("collect-main-action");
        view = new VBox(64, message, finish);
        view.setId("collected-screen");
        view.setAlignment(Pos.CENTER);
        view.getStyleClass().add("collect-done");
        view.getStylesheets().add(CollectScreens.STYLESHEET);
    }

    private static void markFailure(Label message, boolean failed) {
        message.getStyleClass().remove("collect-failed");
        if (failed) {
            message.getStyleClass().add("collect-failed");
        }
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void hidden() {
        model.hidden();
    }
}
