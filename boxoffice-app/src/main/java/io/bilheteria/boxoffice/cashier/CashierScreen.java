package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.products.Product;
import io.bilheteria.client.SeatConflictException;
import io.bilheteria.devices.payment.CardReadResult;
import io.bilheteria.devices.payment.PaymentTerminal;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.payment.sim.SimulatedPaymentTerminal;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.LiveSeatMap;
import io.bilheteria.ui.sale.PaymentOutcome;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.ui.sale.Review;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.seatmap.SeatMapLegend;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.BlockingCall;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cashier's sale, by keyboard alone with the shortcuts on screen: type to find the
 * session and Enter, type a quantity and Enter (best available in the chosen section) or
 * mark seats on the map with the arrows and Space and press F6, F8 to take the card on the
 * terminal, and the tickets print by themselves; Enter starts the next sale. F11 puts the sale
 * in a customer's name, registering them on the spot when unknown ({@link CustomerPanel}). The steps run
 * through {@link Sale} in the background; this class only shows them.
 */
public final class CashierScreen {
    /** Sessions from today to this far ahead are found by the search. */
    private static final int SEARCH_DAYS = 60;
    /** How often the sessions list reads the free seats again: a sell-out shows within this. */
    private static final javafx.util.Duration SESSIONS_READ_EVERY = javafx.util.Duration.seconds(10);
    private static final Logger log = LoggerFactory.getLogger(CashierScreen.class);
    private final Messages messages;
    private final Sale sale;
    private final TaskExecutor tasks;
    /** The sale's calls; a failure no step answers itself is said on the message line ({@link #failed}). */
    private final BackendCalls calls;
    private final PaymentTerminal terminal;
    private final ReceiptPrinter printer;
    private final ZoneId zone;
    private final BorderPane view = new BorderPane();
    private final TextField search = new TextField();
    private final ListView<SessionRow> sessions = new ListView<>();
    private final SeatMapView seatMap = new SeatMapView();
    private final LiveSeatMap live;
    private final ComboBox<SectionChoice> section = new ComboBox<>();
    private final TextField quantity = new TextField();
    private final CustomerViewModel customerModel;
    private final CustomerPanel customer;
    private final ListView<String> cart = new ListView<>();
    /** The order as the cart shows it: its seat lines come first, in the cart's order. */
    private Review shownReview;
    private final ListView<Product> products = new ListView<>();
    private final Label total = new Label();
    private final Label chosenSession = new Label();
    private final Label message = new Label();
    private final Label terminalHint = new Label();
    private final Button pay = new Button();
    private Step step = Step.CHOOSING;
    /** A first F12 asked to close the till; the second does it. */
    private boolean closeAsked;
    /** The search whose answer the list should show; older answers arriving late are dropped. */
    private long searchGeneration;
    /** What the sessions list was last searched with: the list is read again with it. */
    private String searchText = "";
    /** The search whose answer the list shows; behind {@link #searchGeneration} while an answer is awaited. */
    private long shownGeneration;
    /** Enter came before the answer to the typed text: the session is taken from that answer, not the old list. */
    private boolean chooseOnAnswer;
    private final Timeline sessionsFollowing = new Timeline(new KeyFrame(SESSIONS_READ_EVERY, e -> refreshSessions()));

    private enum Step { CHOOSING, PAYING, SOLD }

    /** A section as offered in the list: its free seats counted when the map last changed. */
    private record SectionChoice(Section section, int available) {
    }

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
        this.sale = sale;
        this.tasks = tasks;
        this.calls = new BackendCalls(tasks, messages);
        calls.whenReported(this::failed);
        this.terminal = terminal;
        this.printer = printer;
        this.zone = zone;
        this.live = new LiveSeatMap(seatMap, sale, tasks);
        seatMap.seatMapProperty().addListener((obs, before, now) -> listSections(before, now));
        sessionsFollowing.setCycleCount(Timeline.INDEFINITE);
        this.customerModel = new CustomerViewModel(messages, sale, calls, this::say,
                () -> (sale.hold().isPresent() ? pay : quantity).requestFocus(), () -> step == Step.CHOOSING);
        this.customer = new CustomerPanel(messages, customerModel);
        view.getStyleClass().add("cashier-screen");
        view.setTop(header(cashierName));
        view.setLeft(sessionsColumn());
        view.setCenter(mapColumn());
        view.setRight(cartColumn());
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (shortcut(event.getCode(), exits)) {
                event.consume();
            }
        });
        view.addEventFilter(KeyEvent.KEY_TYPED, this::simulatedCard);
        findSessions("");
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
        search.textProperty().addListener((obs, old, text) -> findSessions(text));
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (shownGeneration == searchGeneration) {
                    chooseFoundSession();
                } else {
                    chooseOnAnswer = true;
                }
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !sessions.getItems().isEmpty()) {
                sessions.requestFocus();
                sessions.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        sessions.setId("cashier-sessions");
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
                chooseSession(sessions.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        VBox.setVgrow(sessions, Priority.ALWAYS);
        VBox column = new VBox(8, search, sessions);
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
        SeatMapLegend legend = new SeatMapLegend(seatMap);
        VBox.setVgrow(seatMap, Priority.ALWAYS);
        VBox column = new VBox(8, chosenSession, seatMap, legend);
        column.setPadding(new Insets(8));
        return column;
    }

    private Node cartColumn() {
        section.setId("cashier-section");
        section.setMaxWidth(Double.MAX_VALUE);
        section.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SectionChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : sectionLabel(item));
            }
        });
        section.setButtonCell(section.getCellFactory().call(null));
        quantity.setId("cashier-quantity");
        quantity.setPromptText(messages.get("cashier.quantity"));
        quantity.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                holdBestAvailable();
                event.consume();
            }
        });
        Label bestHint = new Label(messages.get("cashier.best.hint"));
        bestHint.setWrapText(true);
        bestHint.setMinHeight(Region.USE_PREF_SIZE);
        cart.setId("cashier-cart");
        cart.setFocusTraversable(false);
        cart.setOnKeyPressed(event -> {
            int line = cart.getSelectionModel().getSelectedIndex();
            if (event.getCode() == KeyCode.SPACE && line >= 0 && line < heldSeatLines()) {
                toggleHalfPrice(shownReview.seats().get(line).seatId());
                event.consume();
            }
        });
        VBox.setVgrow(cart, Priority.ALWAYS);
        // the cart gives way when the customer form opens below; the sentences keep all their lines
        cart.setMinHeight(80);
        total.setId("cashier-total");
        total.getStyleClass().add("cashier-total");
        pay.setId("cashier-pay");
        pay.setText(messages.get("cashier.pay"));
        pay.getStyleClass().add(Theme.PRIMARY);
        pay.setMaxWidth(Double.MAX_VALUE);
        pay.setOnAction(event -> startPayment());
        message.setId("cashier-message");
        message.getStyleClass().add("cashier-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        terminalHint.setId("cashier-terminal");
        terminalHint.setWrapText(true);
        terminalHint.setMinHeight(Region.USE_PREF_SIZE);
        terminalHint.getStyleClass().add("cashier-terminal");
        products.setId("cashier-products");
        products.setPrefHeight(150);
        // the customer form opening below takes room from the cart, never all of the products
        products.setMinHeight(76);
        products.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Product item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("cashier.product", item.name(),
                        Money.format(item.priceCents(), item.currency(), messages.getLocale()),
                        sale.productQuantities().getOrDefault(item.id(), 0)));
            }
        });
        products.setOnKeyPressed(event -> {
            Product selected = products.getSelectionModel().getSelectedItem();
            int change = switch (event.getCode()) {
                case ADD, PLUS, RIGHT -> 1;
                case SUBTRACT, MINUS, LEFT -> -1;
                default -> 0;
            };
            if (selected != null && change != 0) {
                changeProduct(selected, change);
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

    private boolean shortcut(KeyCode key, Exits exits) {
        switch (key) {
            case F2 -> exits.orders();
            case F3 -> search.requestFocus();
            case F4 -> quantity.requestFocus();
            case F5 -> seatMap.requestFocus();
            case F6 -> holdMarkedSeats();
            case F7 -> {
                products.requestFocus();
                if (products.getSelectionModel().isEmpty()) {
                    products.getSelectionModel().selectFirst();
                }
            }
            case F8 -> startPayment();
            case F9 -> chooseTicketTypes();
            case ESCAPE -> {
                closeAsked = false;
                if (!customerModel.closeForm()) {
                    cancelSale();
                }
            }
            case F12 -> {
                if (step == Step.PAYING) {
                    return true;
                }
                if (!closeAsked) {
                    closeAsked = true;
                    say(messages.get("cashier.close.confirm"));
                } else {
                    closeAsked = false;
                    cancelSale();
                    stopFollowing();
                    exits.closeShift();
                }
            }
            case F11 -> customer.focus();
            case F10 -> {
                cancelSale();
                stopFollowing();
                exits.signOut();
            }
            case ENTER -> {
                if (step != Step.SOLD) {
                    return false;
                }
                nextSale();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    // --- finding the session ----------------------------------------------------------------------

    private void findSessions(String text) {
        long generation = ++searchGeneration;
        searchText = text;
        chooseOnAnswer = false;
        calls.read(sessionsMatching(text), events -> {
            answered(generation, events);
            sessionsFollowing.play();
        });
    }

    /**
     * Reads the sessions found again, so their free seats follow the kiosks' and other desks'
     * sales while the cashier talks to a customer; quiet: a failed read waits for the next.
     */
    private void refreshSessions() {
        long generation = searchGeneration;
        BackgroundTask.of(sessionsMatching(searchText))
                .onSuccess(events -> answered(generation, events))
                .onFailure(error -> log.debug("the sessions were not read again", error))
                .executeWith(tasks);
    }

    /** Shows an answer unless the text changed since it was asked; takes its session if Enter came first. */
    private void answered(long generation, List<EventSummary> events) {
        if (generation != searchGeneration) {
            return;
        }
        showSessions(events);
        shownGeneration = generation;
        if (chooseOnAnswer) {
            chooseOnAnswer = false;
            chooseFoundSession();
        }
    }

    /** The session picked in the list, else the soonest found. */
    private void chooseFoundSession() {
        Optional.ofNullable(sessions.getSelectionModel().getSelectedItem())
                .or(() -> sessions.getItems().stream().findFirst())
                .ifPresent(this::chooseSession);
    }

    /** The events (with their sessions) matching {@code text} from today on, read off the FX thread. */
    private BlockingCall<List<EventSummary>> sessionsMatching(String text) {
        LocalDate today = LocalDate.now(zone);
        return () -> sale.findEvents(text, today, today.plusDays(SEARCH_DAYS));
    }

    /** The sessions found, soonest first, keeping the one the cashier has picked picked. */
    private void showSessions(List<EventSummary> events) {
        SessionRow picked = sessions.getSelectionModel().getSelectedItem();
        sessions.getItems().setAll(SessionRow.of(events, (event, session) -> event.title() + "\n"
                + Formats.dateTime(session.startsAt(), zone, messages.getLocale()) + " · " + event.venue() + " · "
                + messages.get("cashier.available", session.availableSeats())));
        if (picked != null) {
            sessions.getItems().stream().filter(row -> row.session().id().equals(picked.session().id())).findFirst()
                    .ifPresent(row -> sessions.getSelectionModel().select(row));
        }
    }

    private void chooseSession(SessionRow row) {
        cancelHold();
        say(messages.get("cashier.loading"));
        record Loaded(SeatMap map, List<Product> products) {
        }
        calls.read(() -> {
            sale.chooseEvent(row.event().id());
            SeatMap map = sale.chooseSession(row.session().id());
            return new Loaded(map, sale.loadProducts());
        }, loaded -> {
            SeatMap map = loaded.map();
            products.getItems().setAll(loaded.products());
            live.show(map);
            chosenSession.setText(row.event().title() + " · "
                    + Formats.dateTime(row.session().startsAt(), zone, messages.getLocale()));
            say("");
            quantity.requestFocus();
            quantity.selectAll();
        });
    }

    /**
     * The sections offered follow the map: a session newly shown offers its first section with free
     * seats; a status update (other channels' sales, this desk's) counts them again, the chosen one kept.
     */
    private void listSections(SeatMap before, SeatMap now) {
        if (now == null) {
            section.getItems().clear();
            return;
        }
        boolean update = before != null && before.sessionId().equals(now.sessionId());
        if (update && section.isShowing()) {
            return; // the open list is not reshuffled under the cashier's eyes; the next update counts
        }
        List<SectionChoice> counted = now.sections().stream()
                .map(s -> new SectionChoice(s, seatMap.availableSeatCount(s.id()))).toList();
        if (counted.equals(section.getItems())) {
            return;
        }
        String chosen = update && section.getValue() != null ? section.getValue().section().id() : null;
        section.getItems().setAll(counted);
        counted.stream().filter(choice -> choice.section().id().equals(chosen)).findFirst()
                .or(() -> counted.stream().filter(choice -> choice.available() > 0).findFirst())
                .or(() -> counted.stream().findFirst())
                .ifPresent(section.getSelectionModel()::select);
    }

    private String sectionLabel(SectionChoice item) {
        Section shown = item.section();
        return shown.name() + " · " + Money.format(shown.priceCents(), shown.currency(), messages.getLocale()) + " · "
                + messages.get("cashier.available", item.available());
    }

    // --- seats ------------------------------------------------------------------------------------

    private void holdBestAvailable() {
        Section chosen = section.getValue() == null ? null : section.getValue().section();
        if (chosen == null || step != Step.CHOOSING) {
            say(messages.get("cashier.session.first"));
            return;
        }
        int count;
        try {
            count = Integer.parseInt(quantity.getText().trim());
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1 || count > Sale.MAX_SEATS) {
            say(messages.get("cashier.quantity.invalid", Sale.MAX_SEATS));
            return;
        }
        int seats = count;
        say(messages.get("cashier.holding"));
        calls.write(() -> sale.holdBestAvailable(chosen.id(), seats), this::held);
    }

    private void holdMarkedSeats() {
        List<String> marked = List.copyOf(seatMap.getSelectedSeatIds());
        if (marked.isEmpty() || step != Step.CHOOSING) {
            say(messages.get(marked.isEmpty() ? "cashier.mark.first" : "cashier.session.first"));
            return;
        }
        say(messages.get("cashier.holding"));
        calls.write(() -> sale.holdSeats(marked), this::held);
    }

    /** The hold becomes the order at once, so the cart shows the backend's total. */
    private void held(Hold hold) {
        calls.write(sale::review, review -> {
            seatMap.clearSelection();
            hold.seatIds().forEach(seatMap::select);
            live.refresh();
            showCart(review);
            say(messages.get("cashier.held", Formats.time(review.holdExpiresAt(), zone, messages.getLocale())));
            pay.requestFocus();
        });
    }

    /** A product's quantity goes up or down; with seats held, the order and its total follow at once. */
    private void changeProduct(Product product, int change) {
        if (step != Step.CHOOSING) {
            return;
        }
        int wanted = sale.productQuantities().getOrDefault(product.id(), 0) + change;
        calls.write(() -> {
            sale.setProductQuantity(product.id(), wanted);
            return sale.hold().isPresent() ? Optional.of(sale.review()) : Optional.<Review>empty();
        }, review -> {
            products.refresh();
            review.ifPresent(this::showCart);
        });
    }

    /** F9: into the cart, where Space turns the chosen seat into a meia-entrada and back. */
    private void chooseTicketTypes() {
        if (heldSeatLines() == 0 || step != Step.CHOOSING) {
            say(messages.get("cashier.hold.first"));
            return;
        }
        cart.requestFocus();
        if (cart.getSelectionModel().getSelectedIndex() < 0
                || cart.getSelectionModel().getSelectedIndex() >= heldSeatLines()) {
            cart.getSelectionModel().select(0);
        }
        say(messages.get("cashier.half.hint"));
    }

    private void toggleHalfPrice(String seatId) {
        if (step != Step.CHOOSING) {
            return;
        }
        TicketType next = sale.ticketType(seatId) == TicketType.HALF ? TicketType.FULL : TicketType.HALF;
        int line = cart.getSelectionModel().getSelectedIndex();
        calls.write(() -> {
            sale.setTicketType(seatId, next);
            return sale.review();
        }, review -> {
            showCart(review);
            cart.getSelectionModel().select(line);
            say(messages.get(next == TicketType.HALF ? "cashier.half.on" : "cashier.half.off"));
        });
    }

    private int heldSeatLines() {
        return shownReview == null ? 0 : shownReview.seats().size();
    }

    private void showCart(Review review) {
        shownReview = review;
        cart.getItems().setAll(review.seats().stream().map(line -> messages.get(
                line.ticketType() == TicketType.HALF ? "cashier.cart.seat.half" : "cashier.cart.seat", line.section(),
                line.row(), line.number(), Money.format(line.priceCents(), review.currency(), messages.getLocale())))
                .toList());
        review.products().forEach(line -> cart.getItems().add(messages.get("cashier.cart.product", line.quantity(),
                line.name(), Money.format(line.unitPriceCents() * line.quantity(), review.currency(),
                        messages.getLocale()))));
        total.setText(messages.get("cashier.total", Money.format(review.totalCents(), review.currency(),
                messages.getLocale())));
    }

    // --- payment and printing ---------------------------------------------------------------------

    private void startPayment() {
        if (step != Step.CHOOSING || sale.hold().isEmpty()) {
            say(messages.get(step == Step.SOLD ? "cashier.sold.next" : "cashier.hold.first"));
            return;
        }
        step = Step.PAYING;
        calls.write(sale::review, review -> {
            say(messages.get("cashier.terminal.waiting", Money.format(review.totalCents(), review.currency(),
                    messages.getLocale())));
            terminalHint.setText(terminal instanceof SimulatedPaymentTerminal ? messages.get("cashier.terminal.sim") : "");
            terminal.readCard(review.totalCents(), review.currency(), Duration.ofMinutes(2))
                    .thenAccept(read -> Platform.runLater(() -> cardRead(read)));
        });
    }

    /** The simulated terminal's cards by number key, since the cashier's hands are on the keyboard. */
    private void simulatedCard(KeyEvent event) {
        if (step != Step.PAYING || !(terminal instanceof SimulatedPaymentTerminal simulated)) {
            return;
        }
        SandboxCard card = switch (event.getCharacter()) {
            case "1" -> SandboxCard.APPROVES;
            case "2" -> SandboxCard.DECLINES;
            case "3" -> SandboxCard.INSUFFICIENT_FUNDS;
            default -> null;
        };
        if (card != null && simulated.pendingRead().isPresent()) {
            simulated.present(card);
            event.consume();
        }
    }

    private void cardRead(CardReadResult read) {
        terminalHint.setText("");
        if (!(read instanceof CardReadResult.Presented presented)) {
            step = Step.CHOOSING;
            say(messages.get("cashier.terminal.noCard"));
            return;
        }
        say(messages.get("cashier.paying"));
        calls.idempotentWrite(() -> sale.pay(presented.card()), this::paid);
    }

    private void paid(PaymentOutcome outcome) {
        if (outcome instanceof PaymentOutcome.Paid) {
            step = Step.SOLD;
            say(messages.get("cashier.printing"));
            calls.write(() -> sale.print(printer, messages.getLocale(), ReceiptGrouping.PER_TICKET), this::printed);
            return;
        }
        step = Step.CHOOSING;
        if (outcome instanceof PaymentOutcome.Declined declined) {
            say(messages.get("cashier.declined", declined.reason()));
        } else if (outcome instanceof PaymentOutcome.TryAgain) {
            say(messages.get("cashier.tryAgain"));
        } else if (outcome instanceof PaymentOutcome.HoldLost) {
            clearSeats();
            say(messages.get("cashier.holdLost"));
        } else if (outcome instanceof PaymentOutcome.Interrupted interrupted) {
            say(messages.get("cashier.interrupted", interrupted.orderCode()));
        }
    }

    private void printed(PrintOutcome outcome) {
        seatMap.clearSelection();
        live.refresh();
        String code = sale.orderCode().orElse("");
        say(outcome instanceof PrintOutcome.Printed printed
                ? messages.get("cashier.sold", code, sale.tickets().size(), printed.receipts())
                : messages.get("cashier.sold.notPrinted", code, ((PrintOutcome.Failed) outcome).reason()));
    }

    // --- the end of a sale ------------------------------------------------------------------------

    private void nextSale() {
        step = Step.CHOOSING;
        calls.write(() -> {
            sale.abandon();
            return true;
        }, done -> {
            live.stop();
            clearSeats();
            products.getItems().clear();
            customerModel.clear();
            seatMap.setSeatMap(null);
            chosenSession.setText("");
            quantity.clear();
            say("");
            search.clear();
            search.requestFocus();
        });
    }

    /** Esc: the seats go back on sale; a paid sale is never undone here (refunds are post-sale). */
    private void cancelSale() {
        if (step == Step.SOLD) {
            nextSale();
            return;
        }
        if (step == Step.PAYING) {
            terminal.cancelRead();
        }
        step = Step.CHOOSING;
        cancelHold();
        say(messages.get("cashier.cancelled"));
    }

    private void cancelHold() {
        if (sale.hold().isPresent()) {
            calls.idempotentWrite(() -> {
                sale.releaseHold();
                return true;
            }, done -> clearSeats());
        }
    }

    private void clearSeats() {
        seatMap.clearSelection();
        cart.getItems().clear();
        shownReview = null;
        total.setText("");
    }

    private void say(String text) {
        message.setText(text);
    }

    /** A step failed: the sale goes on, with a seat taken meanwhile said as such and anything else in plain words. */
    private void failed(CallFailure failure) {
        if (step == Step.PAYING) {
            step = Step.CHOOSING;
        }
        if (failure.cause() instanceof SeatConflictException) {
            live.refresh();
            say(messages.get("cashier.seats.taken"));
        } else {
            say(failure.message());
        }
    }

    public Node view() {
        return view;
    }

    public void focus() {
        search.requestFocus();
    }

    /** The seat map and the sessions list stop following the other channels' sales. */
    private void stopFollowing() {
        live.stop();
        sessionsFollowing.stop();
    }

    /** Stops following the seat map and the terminal, when the window closes; on the FX thread. */
    public void leave() {
        stopFollowing();
        if (step == Step.PAYING) {
            terminal.cancelRead();
        }
    }

    /** Gives the seats back when the window closes mid-sale; blocking. */
    public void abandon() {
        sale.abandon();
    }
}
