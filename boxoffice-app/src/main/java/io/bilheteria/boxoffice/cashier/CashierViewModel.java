package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.Suggestions;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.products.Product;
import io.bilheteria.api.vouchers.Voucher;
import io.bilheteria.client.SeatConflictException;
import io.bilheteria.devices.payment.CardReadResult;
import io.bilheteria.devices.payment.PaymentTerminal;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.idle.TickSource;
import io.bilheteria.ui.sale.PaymentOutcome;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.ui.sale.Review;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.BlockingCall;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cashier's sale as state and decisions; {@link CashierScreen} lays it out and hands it the keys.
 * A sale goes through three {@linkplain Step steps}: choosing (the session found by the text typed,
 * seats held by quantity or as marked on the map, products, half prices, the customer), paying (the
 * card on the terminal, then charged) and sold (the tickets printed; Enter starts the next sale). Each
 * command says on the message line why it does nothing when the step does not take it.
 *
 * <p>Every backend step runs through {@link Sale} on one {@link BackendCalls}, whose answers (and the
 * terminal's) come back on the thread the {@link TaskExecutor} gives them: the FX thread in the app,
 * the test's own with the inline executor. The sessions found are read again on each tick of a
 * {@link TickSource}, so their free seats follow the kiosks' and other desks' sales.
 */
final class CashierViewModel {
    /** Sessions from today to this far ahead are found by the search. */
    private static final int SEARCH_DAYS = 60;
    /** How long the terminal waits for the customer's card before the sale goes back to choosing. */
    private static final Duration CARD_WAIT = Duration.ofMinutes(2);
    /** The sandbox cards on the number keys, as the terminal's hint (cashier.terminal.sim) names them. */
    private static final Map<String, SandboxCard> SANDBOX_CARD_KEYS = Map.of("1", SandboxCard.APPROVES,
            "2", SandboxCard.DECLINES, "3", SandboxCard.INSUFFICIENT_FUNDS);
    private static final Logger log = LoggerFactory.getLogger(CashierViewModel.class);
    /** One key each, 1 to 9. */
    private static final int MAX_SUGGESTIONS = 9;

    /** Where the sale is; what each key does depends on it. */
    public enum Step {
        /** Finding the session, holding seats, products, half prices, the customer. */
        CHOOSING,
        /** The terminal waits for the card, then the card is charged: only Esc (and F10) interrupt. */
        PAYING,
        /** Paid, the tickets printed: the next sale starts with Enter or Esc. */
        SOLD
    }

    /** Where the keyboard goes once a step is done, so the cashier types on without looking for it. */
    public enum Focus { SEARCH, QUANTITY, PAY }

    /**
     * What the seat map shows as the sale moves; the view's map control does it. The model says what
     * changed rather than holding the seats, since the map keeps up to 60,000 of them and their states.
     */
    public interface SeatMapDisplay {
        /** A session was chosen: its map, with no seat marked, followed from now on. */
        void show(SeatMap map);

        /** The seats this sale holds become the map's marked seats, the cashier's other marks dropped. */
        void mark(List<String> heldSeatIds);

        /** Someone may have taken seats since the map was last read: read it now, not at the next poll. */
        void readAgain();

        /** The sale is over: no map, none followed. */
        void clear();
    }

    /** A section as offered: its free seats counted when the map last changed, and the line that says so. */
    record SectionChoice(Section section, int available, String label) {
    }

    /**
     * What the sold screen offers, on its number key: a product of the event not bought (a new sale on
     * the same session with it chosen) or another session of the event with seats (a new sale on it).
     * Exactly one of {@code product} and {@code session} is set.
     */
    record Suggestion(String label, Product product, SessionSummary session) {
    }

    /** A product as offered, with how many of it go with this sale in its line. */
    record ProductChoice(Product product, String label) {
    }

    private final Messages messages;
    private final Sale sale;
    private final TaskExecutor tasks;
    private final BackendCalls calls;
    private final PaymentTerminal terminal;
    private final ReceiptPrinter printer;
    private final ZoneId zone;
    private final SeatMapDisplay map;
    /** Ticks while the sessions found are followed; see {@link #readSessionsAgain()}. */
    private final TickSource sessionTicks;
    private final CustomerViewModel customer;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    // each list is handed out read-only through one kept view: a view made per call passes changes on
    // through a weak listener, so one nobody else holds would fall silent
    private final ObservableList<SessionRow> sessions = FXCollections.observableArrayList();
    private final ObservableList<SessionRow> sessionsShown = FXCollections.unmodifiableObservableList(sessions);
    private final ObjectProperty<SessionRow> pickedSession = new SimpleObjectProperty<>(this, "pickedSession");
    private final ReadOnlyStringWrapper sessionTitle = new ReadOnlyStringWrapper(this, "sessionTitle", "");
    private final ObservableList<SectionChoice> sections = FXCollections.observableArrayList();
    private final ObservableList<SectionChoice> sectionsShown = FXCollections.unmodifiableObservableList(sections);
    private final ObjectProperty<SectionChoice> section = new SimpleObjectProperty<>(this, "section");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final ObservableList<ProductChoice> products = FXCollections.observableArrayList();
    private final ObservableList<ProductChoice> productsShown = FXCollections.unmodifiableObservableList(products);
    private final ObservableList<String> cart = FXCollections.observableArrayList();
    private final ObservableList<String> cartShown = FXCollections.unmodifiableObservableList(cart);
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper terminalHint = new ReadOnlyStringWrapper(this, "terminalHint", "");
    private final ObservableList<String> vouchers = FXCollections.observableArrayList();
    private final ObservableList<String> vouchersShown = FXCollections.unmodifiableObservableList(vouchers);
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestionsShown = FXCollections.unmodifiableObservableList(suggestions);

    private Step step = Step.CHOOSING;
    /** The order as the cart shows it: its seat lines come first, in the cart's order; null with no seats held. */
    private Review shownReview;
    /** A first F12 asked to close the till; the second does it, while the question is still on the message line. */
    private boolean closeAsked;
    /** The search whose answer the list should show; older answers arriving late are dropped. */
    private long searchGeneration;
    /** The search whose answer the list shows; behind {@link #searchGeneration} while an answer is awaited. */
    private long shownGeneration;
    /** Enter came before the answer to the typed text: the session is taken from that answer, not the old list. */
    private boolean chooseOnAnswer;
    /** The sessions found are read again on each tick, from the first answer on. */
    private boolean followingSessions;
    /** The cashier left the sale (F10, F12 twice, the window closing): nothing is followed again. */
    private boolean left;
    /** The card read the sale waits for; the answer to one given up (Esc) is dropped. */
    private CompletableFuture<CardReadResult> cardReading;
    /** The card read is being charged: giving the seats back now could leave a paid order without them. */
    private boolean charging;
    private Consumer<Focus> focusMoves = where -> { };

    /**
     * Lists every session from today at once.
     *
     * @param sessionTicks the sessions found are read again on each of its ticks
     */
    public CashierViewModel(Messages messages, Sale sale, TaskExecutor tasks, PaymentTerminal terminal,
                            ReceiptPrinter printer, ZoneId zone, SeatMapDisplay map, TickSource sessionTicks) {
        this.messages = messages;
        this.sale = sale;
        this.tasks = tasks;
        this.calls = new BackendCalls(tasks, messages);
        calls.whenReported(this::failed);
        this.terminal = terminal;
        this.printer = printer;
        this.zone = zone;
        this.map = map;
        this.sessionTicks = sessionTicks;
        this.customer = new CustomerViewModel(messages, sale, calls, this::say,
                () -> focusMoves.accept(sale.hold().isPresent() ? Focus.PAY : Focus.QUANTITY),
                () -> step == Step.CHOOSING);
        search.addListener((obs, before, text) -> findSessions(text));
        findSessions(search.get());
    }

    // --- state ------------------------------------------------------------------------------------

    public Step getStep() {
        return step;
    }

    /** What the sale's message line says: where the sale is, what to press, what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** The text typed to find the session: an event's name, a venue or a city. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The sessions found for the text typed, soonest first. */
    public ObservableList<SessionRow> sessions() {
        return sessionsShown;
    }

    /** The session the cashier moved to in the list (Down); Enter on the search takes it before the first. */
    public ObjectProperty<SessionRow> pickedSessionProperty() {
        return pickedSession;
    }

    /** The chosen session's event and time, above its map; empty before one is chosen. */
    public ReadOnlyStringProperty sessionTitleProperty() {
        return sessionTitle.getReadOnlyProperty();
    }

    /** The chosen session's sections, with their free seats. */
    public ObservableList<SectionChoice> sections() {
        return sectionsShown;
    }

    /** The section whose best seats a quantity holds. */
    public ObjectProperty<SectionChoice> sectionProperty() {
        return section;
    }

    /** How many seats to hold, as typed. */
    public StringProperty quantityProperty() {
        return quantity;
    }

    /** The event's products, each with how many go with this sale. */
    public ObservableList<ProductChoice> products() {
        return productsShown;
    }

    /** The order's lines: the seats held first, in their order, then the products. */
    public ObservableList<String> cart() {
        return cartShown;
    }

    /** The backend's total of the order; empty with no seats held. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The terminal's keys while it waits for a card, for a terminal whose cards come from this app. */
    public ReadOnlyStringProperty terminalHintProperty() {
        return terminalHint.getReadOnlyProperty();
    }

    /** Once sold: the order's vouchers, one line per product unit, as the slips printed them. */
    public ObservableList<String> vouchers() {
        return vouchersShown;
    }

    /** Once sold: what to offer next, the line's number the key that takes it ({@link #takeSuggestion}). */
    public ObservableList<Suggestion> suggestions() {
        return suggestionsShown;
    }

    /** Whose sale it is (F11). */
    CustomerViewModel customer() {
        return customer;
    }

    /** How many of the cart's first lines are seats (the lines F9 and Space make half price). */
    public int seatLines() {
        return shownReview == null ? 0 : shownReview.seats().size();
    }

    /** The view puts the keyboard where the model says the cashier types next. */
    public void whenFocusMoves(Consumer<Focus> move) {
        focusMoves = move;
    }

    // --- finding the session ----------------------------------------------------------------------

    private void findSessions(String text) {
        long generation = ++searchGeneration;
        chooseOnAnswer = false;
        calls.read(sessionsMatching(text), events -> {
            answered(generation, events);
            followSessions();
        });
    }

    /** From the first answer on, the sessions found are read again on every tick. */
    private void followSessions() {
        if (!followingSessions && !left) {
            followingSessions = true;
            sessionTicks.start(this::readSessionsAgain);
        }
    }

    /**
     * Reads the sessions found again, so their free seats follow the kiosks' and other desks' sales
     * while the cashier talks to a customer; quiet: a failed read waits for the next tick.
     */
    private void readSessionsAgain() {
        long generation = searchGeneration;
        BackgroundTask.of(sessionsMatching(search.get()))
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

    /** The events (with their sessions) matching {@code text} from today on, read off the FX thread. */
    private BlockingCall<List<EventSummary>> sessionsMatching(String text) {
        LocalDate today = LocalDate.now(zone);
        return () -> sale.findEvents(text, today, today.plusDays(SEARCH_DAYS));
    }

    /** The sessions found, soonest first, keeping the one the cashier has picked picked. */
    private void showSessions(List<EventSummary> events) {
        SessionRow picked = pickedSession.get();
        sessions.setAll(SessionRow.of(events, (event, session) -> event.title() + "\n"
                + Formats.dateTime(session.startsAt(), zone, messages.getLocale()) + " · " + event.venue() + " · "
                + messages.get("cashier.available", session.availableSeats())));
        pickedSession.set(picked == null ? null : sessions.stream()
                .filter(row -> row.session().id().equals(picked.session().id())).findFirst().orElse(null));
    }

    /**
     * Enter on the search: the session picked in the list, else the soonest found for the text typed,
     * once the answer to that text is in (Enter straight after typing waits for it).
     */
    public void chooseFoundSession() {
        if (shownGeneration != searchGeneration) {
            chooseOnAnswer = true;
            return;
        }
        Optional.ofNullable(pickedSession.get()).or(() -> sessions.stream().findFirst())
                .ifPresent(this::chooseSession);
    }

    /** The session's map and its event's products loaded, the seats held before given back. */
    public void chooseSession(SessionRow row) {
        if (!takesChanges()) {
            return;
        }
        giveSeatsBack();
        say(messages.get("cashier.loading"));
        openSession(row.event().id(), row.event().title(), row.session(), () -> { }, () -> { }, "");
    }

    /**
     * Loads a session's map and its event's products, then shows them and says {@code saying}.
     *
     * @param first what the sale does before, off the FX thread (a new sale for the same buyer)
     * @param loaded what it does once the products are loaded, off the FX thread (a product chosen)
     */
    private void openSession(String eventId, String eventTitle, SessionSummary session, Runnable first,
                             Runnable loaded, String saying) {
        record Loaded(SeatMap map, List<Product> products) {
        }
        calls.read(() -> {
            first.run();
            sale.chooseEvent(eventId);
            SeatMap seats = sale.chooseSession(session.id());
            List<Product> catalog = sale.loadProducts();
            loaded.run();
            return new Loaded(seats, catalog);
        }, shown -> {
            products.setAll(shown.products().stream().map(this::productChoice).toList());
            map.show(shown.map());
            sessionTitle.set(eventTitle + " · " + Formats.dateTime(session.startsAt(), zone, messages.getLocale()));
            say(saying);
            focusMoves.accept(Focus.QUANTITY);
        });
    }

    /**
     * The sections offered follow the map shown: a session newly shown offers its first section with
     * free seats; a status update (other channels' sales, this desk's) counts them again, the chosen
     * one kept. An open list is not reshuffled under the cashier's eyes: the next update counts.
     *
     * @param freeSeats the free seats of a section as the map shows them (this sale's own held seats count as free)
     */
    public void mapChanged(SeatMap before, SeatMap now, ToIntFunction<String> freeSeats, boolean listOpen) {
        if (now == null) {
            sections.clear();
            return;
        }
        boolean update = before != null && before.sessionId().equals(now.sessionId());
        if (update && listOpen) {
            return;
        }
        List<SectionChoice> counted = now.sections().stream()
                .map(s -> sectionChoice(s, freeSeats.applyAsInt(s.id()))).toList();
        if (counted.equals(sections)) {
            return;
        }
        String chosen = update && section.get() != null ? section.get().section().id() : null;
        sections.setAll(counted);
        section.set(counted.stream().filter(choice -> choice.section().id().equals(chosen)).findFirst()
                .or(() -> counted.stream().filter(choice -> choice.available() > 0).findFirst())
                .or(() -> counted.stream().findFirst())
                .orElse(null));
    }

    private SectionChoice sectionChoice(Section shown, int available) {
        return new SectionChoice(shown, available, shown.name() + " · "
                + Money.format(shown.priceCents(), shown.currency(), messages.getLocale()) + " · "
                + messages.get("cashier.available", available));
    }

    // --- seats ------------------------------------------------------------------------------------

    /** Enter on the quantity: the best seats of the chosen section. */
    public void holdBestAvailable() {
        if (!takesChanges()) {
            return;
        }
        Section chosen = section.get() == null ? null : section.get().section();
        if (chosen == null) {
            say(messages.get("cashier.session.first"));
            return;
        }
        int count;
        try {
            count = Integer.parseInt(quantity.get().trim());
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

    /** F6: the seats marked on the map, in as many sections as they are. */
    public void holdMarkedSeats(Collection<String> marked) {
        if (!takesChanges()) {
            return;
        }
        if (marked.isEmpty()) {
            say(messages.get("cashier.mark.first"));
            return;
        }
        List<String> seats = List.copyOf(marked);
        say(messages.get("cashier.holding"));
        calls.write(() -> sale.holdSeats(seats), this::held);
    }

    /** The hold becomes the order at once, so the cart shows the backend's total. */
    private void held(Hold hold) {
        calls.write(sale::review, review -> {
            map.mark(hold.seatIds());
            showCart(review);
            say(messages.get("cashier.held", Formats.time(review.holdExpiresAt(), zone, messages.getLocale())));
            focusMoves.accept(Focus.PAY);
        });
    }

    /** + or − on a product: its quantity changes; with seats held, the order and its total follow at once. */
    public void changeProduct(ProductChoice choice, int change) {
        if (!takesChanges()) {
            return;
        }
        Product product = choice.product();
        int wanted = sale.productQuantities().getOrDefault(product.id(), 0) + change;
        calls.write(() -> {
            sale.setProductQuantity(product.id(), wanted);
            return sale.hold().isPresent() ? Optional.of(sale.review()) : Optional.<Review>empty();
        }, review -> {
            // one line replaced, not the list: the cashier's place in it stays for the next + or −
            for (int line = 0; line < products.size(); line++) {
                if (products.get(line).product().id().equals(product.id())) {
                    products.set(line, productChoice(product));
                }
            }
            review.ifPresent(this::showCart);
        });
    }

    private ProductChoice productChoice(Product product) {
        return new ProductChoice(product, messages.get("cashier.product", product.name(),
                Money.format(product.priceCents(), product.currency(), messages.getLocale()),
                sale.productQuantities().getOrDefault(product.id(), 0)));
    }

    /**
     * F9: whether there are held seats to make half price; if so the view puts the keyboard in the
     * cart, where Space turns the seat on its line into a meia-entrada and back.
     */
    public boolean chooseTicketTypes() {
        if (!takesChanges()) {
            return false;
        }
        if (seatLines() == 0) {
            say(messages.get("cashier.hold.first"));
            return false;
        }
        say(messages.get("cashier.half.hint"));
        return true;
    }

    /** Space on a seat's line in the cart: full price becomes meia-entrada, and back. */
    public void toggleHalfPrice(int line) {
        if (line < 0 || line >= seatLines() || !takesChanges()) {
            return;
        }
        String seatId = shownReview.seats().get(line).seatId();
        TicketType next = sale.ticketType(seatId) == TicketType.HALF ? TicketType.FULL : TicketType.HALF;
        calls.write(() -> {
            sale.setTicketType(seatId, next);
            return sale.review();
        }, review -> {
            showCart(review);
            say(messages.get(next == TicketType.HALF ? "cashier.half.on" : "cashier.half.off"));
        });
    }

    private void showCart(Review review) {
        shownReview = review;
        List<String> lines = new ArrayList<>();
        review.seats().forEach(line -> lines.add(messages.get(
                line.ticketType() == TicketType.HALF ? "cashier.cart.seat.half" : "cashier.cart.seat", line.section(),
                line.row(), line.number(), Money.format(line.priceCents(), review.currency(), messages.getLocale()))));
        review.products().forEach(line -> lines.add(messages.get("cashier.cart.product", line.quantity(),
                line.name(), Money.format(line.unitPriceCents() * line.quantity(), review.currency(),
                        messages.getLocale()))));
        replaceLines(cart, lines);
        total.set(messages.get("cashier.total", Money.format(review.totalCents(), review.currency(),
                messages.getLocale())));
    }

    /** Only the lines that changed are replaced, so a list keeps the line the cashier is on (a seat made half price). */
    private static void replaceLines(ObservableList<String> shown, List<String> lines) {
        if (shown.size() != lines.size()) {
            shown.setAll(lines);
            return;
        }
        for (int line = 0; line < lines.size(); line++) {
            if (!shown.get(line).equals(lines.get(line))) {
                shown.set(line, lines.get(line));
            }
        }
    }

    /**
     * A refund made on the orders screen (F2) of the sale this panel still shows: the cart keeps the
     * seats still sold (and the products, unless the whole order was given back), the total what is
     * still paid, beside what was given back.
     */
    void refunded(Order order) {
        Review sold = shownReview;
        if (step != Step.SOLD || sold == null || !order.code().equals(sold.orderCode())) {
            return;
        }
        Set<String> stillSold = order.tickets().stream().filter(ticket -> "VALID".equals(ticket.status()))
                .map(Ticket::seatId).collect(Collectors.toSet());
        long stillPaid = order.totalCents() - order.refundedCents();
        showCart(new Review(sold.eventTitle(), sold.sessionStart(),
                sold.seats().stream().filter(seat -> stillSold.contains(seat.seatId())).toList(),
                order.status() == OrderStatus.REFUNDED ? List.of() : sold.products(), stillPaid, sold.currency(),
                sold.orderCode(), sold.holdExpiresAt()));
        total.set(messages.get("cashier.total.refunded", Money.format(stillPaid, sold.currency(),
                messages.getLocale()), Money.format(order.refundedCents(), sold.currency(), messages.getLocale())));
    }

    private void clearCart() {
        shownReview = null;
        cart.clear();
        total.set("");
    }

    // --- payment and printing ---------------------------------------------------------------------

    /** F8: the order's total on the terminal, waiting for the card. */
    public void pay() {
        if (!takesChanges()) {
            return;
        }
        if (sale.hold().isEmpty()) {
            say(messages.get("cashier.hold.first"));
            return;
        }
        step = Step.PAYING;
        calls.write(sale::review, review -> {
            if (step != Step.PAYING) {
                return; // given up (Esc) before the order's total was known
            }
            say(messages.get("cashier.terminal.waiting", Money.format(review.totalCents(), review.currency(),
                    messages.getLocale())));
            terminalHint.set(terminal.takesCardsFromApp() ? messages.get("cashier.terminal.sim") : "");
            CompletableFuture<CardReadResult> reading = terminal.readCard(review.totalCents(), review.currency(),
                    CARD_WAIT);
            cardReading = reading;
            // the terminal answers on its own thread; a task hands its answer to the screen's
            reading.whenComplete((read, failure) -> BackgroundTask.of(() -> cardOrNone(read, failure))
                    .onSuccess(answer -> cardRead(reading, answer))
                    .onFailure(error -> log.error("the card read was not handed over", error))
                    .executeWith(tasks));
        });
    }

    /** A terminal that failed read no card: the sale waits for another F8, as after a time-out. */
    private static CardReadResult cardOrNone(CardReadResult read, Throwable failure) {
        if (failure != null) {
            log.warn("the card terminal failed", failure);
            return new CardReadResult.TimedOut();
        }
        return read;
    }

    /**
     * A key typed while the terminal waits: on a terminal whose cards come from this app, 1, 2 and 3
     * present the sandbox cards its hint names, since the cashier's hands are on the keyboard.
     *
     * @return whether the key presented a card
     */
    public boolean presentSandboxCard(String typed) {
        SandboxCard card = SANDBOX_CARD_KEYS.get(typed);
        return card != null && step == Step.PAYING && terminal.takesCardsFromApp()
                && terminal.presentFromApp(card.card());
    }

    private void cardRead(CompletableFuture<CardReadResult> reading, CardReadResult read) {
        if (reading != cardReading) {
            return; // a read given up (Esc, F10): the sale has moved on
        }
        cardReading = null;
        terminalHint.set("");
        if (!(read instanceof CardReadResult.Presented presented)) {
            step = Step.CHOOSING;
            say(messages.get("cashier.terminal.noCard"));
            return;
        }
        say(messages.get("cashier.paying"));
        charging = true;
        calls.idempotentWrite(() -> sale.pay(presented.card()), this::paid, failure -> {
            charging = false;
            calls.report(failure);
        });
    }

    private void paid(PaymentOutcome outcome) {
        charging = false;
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

    /** The sold seats leave the map's marks (they are sold now); the cart stays, the order it was. */
    private void printed(PrintOutcome outcome) {
        map.mark(List.of());
        map.readAgain();
        String code = sale.orderCode().orElse("");
        say(outcome instanceof PrintOutcome.Printed printed
                ? messages.get("cashier.sold", code, sale.tickets().size(), printed.papers().total())
                : messages.get("cashier.sold.notPrinted", code, ((PrintOutcome.Failed) outcome).reason()));
        showVouchersAndSuggestions(code);
    }

    /**
     * The sold order's vouchers and what to offer next; quiet when they cannot be read, as the sale
     * is done and its message stays on the line. An answer for a sale no longer shown is dropped.
     */
    private void showVouchersAndSuggestions(String code) {
        record Extras(List<Voucher> vouchers, Suggestions suggestions) {
        }
        BackgroundTask.of(() -> new Extras(sale.vouchers(), sale.suggestions()))
                .onSuccess(extras -> {
                    if (step != Step.SOLD || !code.equals(sale.orderCode().orElse(""))) {
                        return;
                    }
                    vouchers.setAll(extras.vouchers().stream().map(voucher -> messages.get("cashier.voucher",
                            voucher.productName(), shortCode(voucher.code()))).toList());
                    List<Suggestion> offered = new ArrayList<>();
                    extras.suggestions().products().forEach(product -> offered.add(new Suggestion(
                            messages.get("cashier.suggest.product", offered.size() + 1, product.name(),
                                    Money.format(product.priceCents(), product.currency(), messages.getLocale())),
                            product, null)));
                    extras.suggestions().sessions().forEach(session -> offered.add(new Suggestion(
                            messages.get("cashier.suggest.session", offered.size() + 1,
                                    Formats.dateTime(session.startsAt(), zone, messages.getLocale()),
                                    session.availableSeats()), null, session)));
                    suggestions.setAll(offered.subList(0, Math.min(offered.size(), MAX_SUGGESTIONS)));
                })
                .onFailure(error -> log.warn("the sold order's vouchers and suggestions were not read", error))
                .executeWith(tasks);
    }

    /** The end of a voucher's signed code, enough for the cashier to tell two slips apart. */
    private static String shortCode(String code) {
        return "…" + code.substring(Math.max(0, code.length() - 6));
    }

    /**
     * A number key once sold: the suggestion on that line starts the next sale, in the same customer's
     * name: a product on the same session with it chosen (an order is seats first, so the cashier holds
     * them next), or the other session's map.
     *
     * @return whether the key took a suggestion
     */
    public boolean takeSuggestion(String typed) {
        if (step != Step.SOLD || typed.length() != 1 || !Character.isDigit(typed.charAt(0))) {
            return false;
        }
        int line = typed.charAt(0) - '1';
        if (line < 0 || line >= suggestions.size()) {
            return false;
        }
        Suggestion taken = suggestions.get(line);
        EventSummary event = sale.event().orElseThrow();
        SessionSummary session = taken.session() != null ? taken.session() : sale.session().orElseThrow();
        step = Step.CHOOSING;
        clearSold();
        map.clear();
        say(messages.get("cashier.loading"));
        if (taken.product() != null) {
            Product product = taken.product();
            openSession(event.id(), event.title(), session, sale::startAgainForSameBuyer,
                    () -> sale.setProductQuantity(product.id(), 1),
                    messages.get("cashier.suggest.product.taken", product.name()));
        } else {
            openSession(event.id(), event.title(), session, sale::startAgainForSameBuyer, () -> { },
                    messages.get("cashier.suggest.session.taken"));
        }
        return true;
    }

    private void clearSold() {
        clearCart();
        vouchers.clear();
        suggestions.clear();
    }

    // --- the end of a sale ------------------------------------------------------------------------

    /**
     * Enter: once sold, the next sale starts with nothing chosen.
     *
     * @return false before the sale is sold, when Enter belongs to the field it is typed in
     */
    public boolean nextSale() {
        if (step != Step.SOLD) {
            return false;
        }
        startOver();
        return true;
    }

    private void startOver() {
        step = Step.CHOOSING;
        calls.write(() -> {
            sale.abandon();
            return true;
        }, done -> {
            map.clear();
            clearSold();
            products.clear();
            customer.clear();
            sessionTitle.set("");
            quantity.set("");
            say("");
            search.set("");
            focusMoves.accept(Focus.SEARCH);
        });
    }

    /**
     * Esc: the seats go back on sale, the terminal stops waiting for a card. A card being charged is
     * waited for, and a paid sale is never undone here (refunds are post-sale): Esc then starts the next.
     */
    public void cancelSale() {
        if (charging) {
            say(messages.get("cashier.paying"));
            return;
        }
        if (step == Step.SOLD) {
            startOver();
            return;
        }
        stopReadingCard();
        step = Step.CHOOSING;
        giveSeatsBack();
        say(messages.get("cashier.cancelled"));
    }

    private void giveSeatsBack() {
        if (sale.hold().isPresent()) {
            calls.idempotentWrite(() -> {
                sale.releaseHold();
                return true;
            }, done -> clearSeats());
        } else {
            map.mark(List.of());
        }
    }

    private void clearSeats() {
        map.mark(List.of());
        clearCart();
    }

    /**
     * F12: asks first, on the message line; a second F12 while the question is there gives the sale
     * up and answers true: the view then leaves for the till's report. The card being read is never
     * left behind: F12 does nothing while the terminal waits.
     */
    public boolean closeTill() {
        if (step == Step.PAYING) {
            return false;
        }
        if (!closeAsked) {
            say(messages.get("cashier.close.confirm"));
            closeAsked = true;
            return false;
        }
        signOut();
        return true;
    }

    /** F10, or the till closing: the sale in progress is given up and nothing is followed any more. */
    public void signOut() {
        cancelSale();
        stopFollowing();
    }

    /** The window closes: nothing is followed any more and the terminal stops waiting for a card. */
    public void leave() {
        stopFollowing();
        stopReadingCard();
    }

    private void stopReadingCard() {
        if (cardReading != null) {
            cardReading = null;
            terminalHint.set("");
            terminal.cancelRead();
        }
    }

    /** Gives the seats back when the window closes mid-sale; blocking. */
    public void abandon() {
        sale.abandon();
    }

    private void stopFollowing() {
        left = true;
        map.clear();
        sessionTicks.stop();
    }

    /** Whether the sale takes a change now; when it does not, says why (the card is being read, or it is sold). */
    private boolean takesChanges() {
        return switch (step) {
            case CHOOSING -> true;
            case PAYING -> {
                say(messages.get("cashier.terminal.busy"));
                yield false;
            }
            case SOLD -> {
                say(messages.get("cashier.sold.next"));
                yield false;
            }
        };
    }

    /** A new sentence on the message line; F12's question, no longer on it, is withdrawn. */
    void say(String text) {
        closeAsked = false;
        message.set(text);
    }

    /** A step failed: the sale goes on, with a seat taken meanwhile said as such and anything else in plain words. */
    private void failed(CallFailure failure) {
        if (step == Step.PAYING) {
            step = Step.CHOOSING;
        }
        if (failure.cause() instanceof SeatConflictException) {
            map.readAgain();
            say(messages.get("cashier.seats.taken"));
        } else {
            say(failure.message());
        }
    }
}
