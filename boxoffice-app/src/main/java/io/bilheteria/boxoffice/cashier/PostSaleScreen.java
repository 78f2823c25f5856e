package io.bilheteria.boxoffice.cashier;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * After the sale, by keyboard: type an order's code, or the customer's email or CPF, and
 * Enter; a customer's orders are listed newest first (Down, Enter opens one). An open order
 * shows its lines, its tickets and the card that paid; F9 on a ticket asks, then Enter prints it
 * again (REPRINT #n, with a new code: the old paper no longer enters); F11 asks, then F11 or
 * Enter cancels and refunds a paid order (or the tickets ticked with Space) and prints the
 * refund slip; Esc answers no; F2 goes back to selling. The decisions are
 * {@link PostSaleViewModel}'s; this view lays them out and hands it the keys.
 */
public final class PostSaleScreen {
    private final PostSaleViewModel model;
    private final VBox view = new VBox(12);
    private final TextField search = new TextField();
    private final ListView<String> rows = new ListView<>();
    /** The list is being made to show the model: the selection changes it makes meanwhile are not the cashier's. */
    private boolean following;

    public PostSaleScreen(Messages messages, PostSaleViewModel model, Runnable backToSale) {
        this.model = model;
        Label title = new Label(messages.get("postsale.title"));
        title.getStyleClass().add(Theme.TITLE);
        Label keys = new Label(messages.get("postsale.keys"));
        keys.getStyleClass().add("cashier-keys");
        keys.setWrapText(true);
        search.setId("postsale-search");
        search.setPromptText(messages.get("postsale.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        onKeys(search, Map.of(KeyCode.ENTER, model::find, KeyCode.DOWN, model::intoRows));
        Label heading = new Label();
        heading.setId("postsale-order");
        heading.getStyleClass().add("cashier-session");
        heading.setWrapText(true);
        heading.textProperty().bind(model.headingProperty());
        rows.setId("postsale-lines");
        rows.setFocusTraversable(false);
        onKeys(rows, Map.of(KeyCode.ENTER, model::openSelected, KeyCode.SPACE, model::toggleTicked));
        model.rows().addListener((ListChangeListener<String>) change -> showRows());
        rows.getSelectionModel().selectedIndexProperty().addListener((obs, before, now) -> {
            if (!following) {
                model.select(now.intValue());
            }
        });
        model.selectedProperty().addListener((obs, before, now) -> showSelection());
        VBox.setVgrow(rows, Priority.ALWAYS);
        Label message = new Label();
        message.setId("postsale-message");
        message.getStyleClass().add("cashier-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(24, 24);
        working.visibleProperty().bind(model.busyProperty());
        HBox messageLine = new HBox(8, working, message);
        view.getChildren().addAll(title, keys, search, heading, rows, messageLine);
        view.setPadding(new Insets(16));
        view.setMaxWidth(1100);
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case F2 -> backToSale.run();
                case F3 -> model.backToSearch();
                case F9 -> model.reprint();
                case F11 -> model.refund();
                case ESCAPE -> model.dismiss();
                case ENTER -> {
                    // a question on the message line takes Enter before the search or the list does
                    if (model.questionProperty().get() == null) {
                        return;
                    }
                    model.confirm();
                }
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    /** The keys a control answers while it has the focus; the others go on to the control's own handling. */
    private static void onKeys(Node control, Map<KeyCode, Runnable> actions) {
        control.setOnKeyPressed(event -> {
            Runnable action = actions.get(event.getCode());
            if (action != null) {
                action.run();
                event.consume();
            }
        });
    }

    private void showRows() {
        following = true;
        try {
            rows.getItems().setAll(model.rows());
        } finally {
            following = false;
        }
        showSelection();
    }

    /** The keys go where the model's selection is: a row of the list, or the search when none. */
    private void showSelection() {
        int row = model.selectedProperty().get();
        following = true;
        try {
            if (row < 0) {
                rows.getSelectionModel().clearSelection();
                search.requestFocus();
            } else {
                rows.getSelectionModel().select(row);
                rows.scrollTo(row);
                rows.requestFocus();
            }
        } finally {
            following = false;
        }
    }

    public Node view() {
        return view;
    }

    public void focus() {
        model.backToSearch();
        search.requestFocus();
    }
}
