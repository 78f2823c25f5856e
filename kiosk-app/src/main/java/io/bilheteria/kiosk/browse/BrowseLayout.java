package io.bilheteria.kiosk.browse;

import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The pieces every browse screen is laid out with, so they look and scroll alike. */
final class BrowseLayout {
    static final String STYLESHEET = BrowseLayout.class.getResource("browse.css").toExternalForm();

    private BrowseLayout() {
    }

    /** A purchase screen: the kiosk header on top (back to {@code back}, none when null), {@code body} below. */
    static BorderPane screen(PurchaseFrame frame, String id, String titleKey, Place back, Node body) {
        body.getStyleClass().add("browse-body");
        BorderPane view = frame.around(body, titleKey, back);
        view.setId(id);
        view.getStylesheets().add(STYLESHEET);
        return view;
    }

    /** Scrolls by dragging a finger (no wheel on a totem), vertically only, taking the height left in a VBox. */
    static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setPannable(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("browse-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /** A sentence shown instead of an empty list ("no events found"); hidden, and taking no room, until shown. */
    static Label emptyListNote(Messages m, String id, String textKey) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().add(Theme.SUBTITLE);
        note.setWrapText(true);
        note.textProperty().bind(m.text(textKey));
        note.managedProperty().bind(note.visibleProperty());
        note.setVisible(false);
        return note;
    }

    static Button button(Messages m, String id, String textKey, String... styleClasses) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().addAll(styleClasses);
        button.textProperty().bind(m.text(textKey));
        return button;
    }

    /** A big tappable card: the whole of {@code content} is the button. */
    static Button cardButton(String id, String styleClass, Node content) {
        Button card = new Button();
        card.setId(id);
        card.getStyleClass().addAll("tap-card", styleClass);
        card.setGraphic(content);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        return card;
    }
}
