package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.orders.Order;
import io.bilheteria.boxoffice.cashier.CashierViewModel.ProductChoice;
import io.bilheteria.boxoffice.cashier.CashierViewModel.SectionChoice;
import io.bilheteria.devices.payment.PaymentTerminal;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.idle.TickSource;
import io.bilheteria.ui.sale.LiveSeatMap;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.seatmap.SeatMapLegend;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The cashier's sale, by keyboard alone with the shortcuts on screen: type to find the
 * session and Enter, type a quantity and Enter (best available in the chosen section) or
 * mark seats on the map with the arrows and Space and press F6, F8 to take the card on the
 * terminal, and the tickets print by themselves, then the voucher slips and the payment receipt;
 * under the map, the order's vouchers and suggestions, a number key taking one into a new sale for
 * the same customer; Enter starts the next sale. F11 puts the sale
 * in a customer's name, registering them on the spot when unknown ({@link CustomerPanel}). This
 * class lays the sale out, binds it and hands the keys to {@link CashierViewModel}, which decides.
 */
public final class CashierScreen {
    /** How often the sessions list reads the free seats again: a sell-out shows within this. */
    private static final Duration SESSIONS_READ_EVERY = Duration.ofSeconds(10);
    private final Messages messages;
    private final CashierViewModel model;
    private final Exits exits;
    private final BorderPane view = new BorderPane();
    private final TextField search = new TextField();
    private final ListView<SessionRow> sessions = new ListView<>();
    private final SeatMapView seatMap = new SeatMapView();
    private final LiveSeatMap live;
    private final ComboBox<SectionChoice> section = new ComboBox<>();
    private final TextField quantity = new TextField();
    private final CustomerPanel customer;
    private final ListView<String> cart = new ListView<>();
    private final ListView<ProductChoice> products = new ListView<>();
    private final Label total = new Label();
    private final Label chosenSession = new Label();
    private final Label message = new Label();
    private final Label terminalHint = new Label();
    private final Button pay = new Button();

    /** What the cashier's keys lead out of the sale to; called on the FX thread. */
    public interface Exits {
        /** F2: find an order, refund, reprint; the sale in progress stays as it is. */
        void orders();

        /** F10, once the sale in progress has been given up. */
        void signOut();

        /** F12 twice: the till closes and its report is shown; the sale in progress has been given up. */
        void closeShift();
    }

    public CashierScreen(Messages messages, Sale sale, TaskExecutor tasks, PaymentTerminal terminal,
                         ReceiptPrinter printer, ZoneId zone, String cashierName, Exits exits) {
        this.messages = messages;
        this.exits = exits;
        this.live = new LiveSeatMap(seatMap, sale, tasks);
        this.model = new CashierViewModel(messages, sale, tasks, terminal, printer, zone, new MapOnScreen(),
                TickSource.timeline(SESSIONS_READ_EVERY));
        this.customer = new CustomerPanel(messages, model.customer());
        seatMap.seatMapProperty().addListener((obs, before, now) ->
                model.mapChanged(before, now, seatMap::availableSeatCount, section.isShowing()));
        view.getStyleClass().add("cashier-screen");
        view.setTop(header(cashierName));
        view.setLeft(sessionsColumn());
        view.setCenter(mapColumn());
        view.setRight(cartColumn());
        model.whenFocusMoves(where -> {
            switch (where) {
                case SEARCH -> search.requestFocus();
                case QUANTITY -> {
                    quantity.requestFocus();
                    quantity.selectAll();
                }
                case PAY -> pay.requestFocus();
            }
        });
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (shortcut(event.getCode())) {
                event.consume();
            }
        });
        view.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (model.presentSandboxCard(event.getCharacter()) || model.takeSuggestion(event.getCharacter())) {
                event.consume();
            }
        });
    }

    /** The seat map control, with the other channels' sales followed, as the model moves the sale. */
    private final class MapOnScreen implements CashierViewModel.SeatMapDisplay {
        @Override
        public void show(SeatMap map) {
            live.show(map);
        }

        @Override
        public void mark(List<String> heldSeatIds) {
            seatMap.clearSelection();
            heldSeatIds.forEach(seatMap::select);
        }

        @Override
        public void readAgain() {
            live.refresh();
        }

        @Override
        public void clear() {
            live.stop();
            seatMap.setSeatMap(null);
        }
    }

    private Node header(String cashierName) {
        Label title = new Label(messages.get("cashier.title", cashierName));
        title.getStyleClass().add(Theme.TITLE);
        Label keys = new Label(messages.get("cashier.keys"));
        keys.setId("cashier-keys");
        keys.getStyleClass().add("cashier-keys");
        // every key stays in sight on a narrow screen: the line wraps rather than ends in "…"
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(4, title, keys);
        header.setPadding(new Insets(12, 16, 12, 16));
        header.getStyleClass().add("cashier-header");
        return header;
    }

    private Node sessionsColumn() {
        search.setId("cashier-search");
        search.setPromptText(messages.get("cashier.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.chooseFoundSession();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !sessions.getItems().isEmpty()) {
                sessions.requestFocus();
                sessions.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        sessions.setId("cashier-sessions");
        sessions.setItems(model.sessions());
        sessions.getSelectionModel().selectedItemProperty().addListener((obs, before, row) ->
                model.pickedSessionProperty().set(row));
        model.pickedSessionProperty().addListener((obs, before, row) -> {
            if (row == null) {
                sessions.getSelectionModel().clearSelection();
            } else {
                sessions.getSelectionModel().select(row);
            }
        });
        sessions.setCellFactory(list -> {
            ListCell<SessionRow> cell = new ListCell<>() {
                @Override
                protected void updateItem(SessionRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.label());
                }
            };
            // long event names wrap inside the column instead of hiding behind a scroll bar
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        });
        sessions.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && sessions.getSelectionModel().getSelectedItem() != null) {
                model.chooseSession(sessions.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        VBox.setVgrow(sessions, Priority.ALWAYS);
        // the map keeps its height: once sold, the vouchers and suggestions take the sessions' room
        VBox column = new VBox(8, search, sessions, soldPanel());
        column.setPadding(new Insets(8, 8, 8, 16));
        column.setPrefWidth(420);
        return column;
    }

    private Node mapColumn() {
        seatMap.setId("cashier-seatmap");
        seatMap.setLocale(messages.getLocale());
        seatMap.setMaxSelection(Sale.MAX_SEATS);
        chosenSession.setId("cashier-session");
        chosenSession.getStyleClass().add("cashier-session");
        chosenSession.textProperty().bind(model.sessionTitleProperty());
        SeatMapLegend legend = new SeatMapLegend(seatMap);
        VBox.setVgrow(seatMap, Priority.ALWAYS);
        VBox column = new VBox(8, chosenSession, seatMap, legend);
        column.setPadding(new Insets(8));
        return column;
    }

    /** Once sold, under the sessions: the order's vouchers and what to offer next, each on its number key. */
    private Node soldPanel() {
        ListView<String> vouchers = new ListView<>(model.vouchers());
        vouchers.setId("cashier-vouchers");
        vouchers.setFocusTraversable(false);
        vouchers.setPrefHeight(110);
        ListView<CashierViewModel.Suggestion> suggestions = new ListView<>(model.suggestions());
        suggestions.setId("cashier-suggestions");
        suggestions.setFocusTraversable(false);
        suggestions.setPrefHeight(220);
        suggestions.setCellFactory(list -> new ListCell<>() {
            {
                // a suggestion is read whole: it wraps within the narrow column instead of running off its edge
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(CashierViewModel.Suggestion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        Label vouchersTitle = new Label(messages.get("cashier.sold.vouchers"));
        Label suggestionsTitle = new Label(messages.get("cashier.sold.suggestions"));
        suggestionsTitle.setWrapText(true);
        VBox voucherPart = new VBox(4, vouchersTitle, vouchers);
        voucherPart.visibleProperty().bind(Bindings.isNotEmpty(model.vouchers()));
        voucherPart.managedProperty().bind(voucherPart.visibleProperty());
        VBox suggestionPart = new VBox(4, suggestionsTitle, suggestions);
        suggestionPart.visibleProperty().bind(Bindings.isNotEmpty(model.suggestions()));
        suggestionPart.managedProperty().bind(suggestionPart.visibleProperty());
        VBox panel = new VBox(8, voucherPart, suggestionPart);
        panel.setId("cashier-sold");
        return panel;
    }

    private Node cartColumn() {
        section.setId("cashier-section");
        section.setMaxWidth(Double.MAX_VALUE);
        section.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SectionChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        section.setButtonCell(section.getCellFactory().call(null));
        section.setItems(model.sections());
        section.valueProperty().bindBidirectional(model.sectionProperty());
        quantity.setId("cashier-quantity");
        quantity.setPromptText(messages.get("cashier.quantity"));
        quantity.textProperty().bindBidirectional(model.quantityProperty());
        quantity.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.holdBestAvailable();
                event.consume();
            }
        });
        Label bestHint = new Label(messages.get("cashier.best.hint"));
        bestHint.setWrapText(true);
        bestHint.setMinHeight(Region.USE_PREF_SIZE);
        cart.setId("cashier-cart");
        cart.setFocusTraversable(false);
        cart.setItems(model.cart());
        cart.setOnKeyPressed(event -> {
            int line = cart.getSelectionModel().getSelectedIndex();
            if (event.getCode() == KeyCode.SPACE && line >= 0 && line < model.seatLines()) {
                model.toggleHalfPrice(line);
                event.consume();
            }
        });
        VBox.setVgrow(cart, Priority.ALWAYS);
        // the cart gives way when the customer form opens below; the sentences keep all their lines
        cart.setMinHeight(80);
        total.setId("cashier-total");
        total.getStyleClass().add("cashier-total");
        total.textProperty().bind(model.totalProperty());
        pay.setId("cashier-pay");
        pay.setText(messages.get("cashier.pay"));
        pay.getStyleClass().add(Theme.PRIMARY);
        pay.setMaxWidth(Double.MAX_VALUE);
        pay.setOnAction(event -> model.pay());
        message.setId("cashier-message");
        message.getStyleClass().add("cashier-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        terminalHint.setId("cashier-terminal");
        terminalHint.setWrapText(true);
        terminalHint.setMinHeight(Region.USE_PREF_SIZE);
        terminalHint.getStyleClass().add("cashier-terminal");
        terminalHint.textProperty().bind(model.terminalHintProperty());
        products.setId("cashier-products");
        products.setPrefHeight(150);
        // the customer form opening below takes room from the cart, never all of the products
        products.setMinHeight(76);
        products.setItems(model.products());
        products.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProductChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        products.setOnKeyPressed(event -> {
            ProductChoice selected = products.getSelectionModel().getSelectedItem();
            int change = switch (event.getCode()) {
                case ADD, PLUS, RIGHT -> 1;
                case SUBTRACT, MINUS, LEFT -> -1;
                default -> 0;
            };
            if (selected != null && change != 0) {
                model.changeProduct(selected, change);
                event.consume();
            }
        });
        Label productsTitle = new Label(messages.get("cashier.products"));
        VBox column = new VBox(8, section, quantity, bestHint, cart, productsTitle, products, customer.view(), total,
                pay, terminalHint, message);
        column.setPadding(new Insets(8, 16, 8, 8));
        column.setPrefWidth(440);
        return column;
    }

    /** A key the whole screen answers, wherever the keyboard is; false leaves it to the focused control. */
    private boolean shortcut(KeyCode key) {
        switch (key) {
            case F2 -> exits.orders();
            case F3 -> search.requestFocus();
            case F4 -> quantity.requestFocus();
            case F5 -> seatMap.requestFocus();
            case F6 -> model.holdMarkedSeats(seatMap.getSelectedSeatIds());
            case F7 -> {
                products.requestFocus();
                if (products.getSelectionModel().isEmpty()) {
                    products.getSelectionModel().selectFirst();
                }
            }
            case F8 -> model.pay();
            case F9 -> {
                if (model.chooseTicketTypes()) {
                    cart.requestFocus();
                    int line = cart.getSelectionModel().getSelectedIndex();
                    if (line < 0 || line >= model.seatLines()) {
                        cart.getSelectionModel().select(0);
                    }
                }
            }
            case ESCAPE -> {
                if (!model.customer().closeForm()) {
                    model.cancelSale();
                }
            }
            case F12 -> {
                if (model.closeTill()) {
                    exits.closeShift();
                }
            }
            case F11 -> customer.focus();
            case F10 -> {
                model.signOut();
                exits.signOut();
            }
            case ENTER -> {
                return model.nextSale();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    public Node view() {
        return view;
    }

    public void focus() {
        search.requestFocus();
    }

    /** Stops following the seat map, the sessions and the terminal, when the window closes; on the FX thread. */
    public void leave() {
        model.leave();
    }

    /** Gives the seats back when the window closes mid-sale; blocking. */
    public void abandon() {
        model.abandon();
    }

    /** A refund made on the orders screen (F2): the sale still shown follows it. */
    public void refunded(Order order) {
        model.refunded(order);
    }
}
