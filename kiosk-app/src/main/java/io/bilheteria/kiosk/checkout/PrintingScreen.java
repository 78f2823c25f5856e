package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** "Printing your tickets" and a spinner while {@link PrintingViewModel} prints them. */
public final class PrintingScreen implements Screen {
    private final PrintingViewModel model;
    private final VBox view;

    public PrintingScreen(PrintingViewModel model, Messages messages) {
        this.model = model;
        Label printing = new Label();
        printing.setId("printing-message");
        printing.textProperty().bind(messages.text("checkout.printing.message"));
        printing.getStyleClass().add(Theme.TITLE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(160, 160);
        view = new VBox(48, printing, spinner);
        view.setAlignment(Pos.CENTER);
        view.getStyleClass().add("checkout-body");
        view.getStylesheets().add(CheckoutScreens.STYLESHEET);
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
