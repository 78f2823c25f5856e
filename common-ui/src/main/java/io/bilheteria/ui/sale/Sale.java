package io.bilheteria.ui.sale;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.customers.Customer;
import io.bilheteria.api.customers.CustomerRegistration;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.orders.Suggestions;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.products.Product;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.client.HoldExpiredException;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.client.PaymentDeclinedException;
import io.bilheteria.client.UnauthorizedException;
import io.bilheteria.api.auth.LoginResponse;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.devices.payment.CardData;
import io.bilheteria.api.orders.PaymentSummary;
import io.bilheteria.api.vouchers.Voucher;
import io.bilheteria.devices.printer.PaymentReceipts;
import io.bilheteria.devices.printer.PrintablePayment;
import io.bilheteria.devices.printer.PrintableTicket;
import io.bilheteria.devices.printer.PrintableVoucher;
import io.bilheteria.devices.printer.VoucherSlips;
import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.TicketReceipts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One customer's purchase at a point of sale (the totem, a cashier's desk), from choosing an
 * event to printed tickets. Plain Java with blocking calls: screens run them through the
 * background executor and show what comes back. Everything a customer chose lives here, so
 * {@link #abandon()} wipes it all (seats released) before the next person walks up.
 */
public final class Sale {
    /** A totem sells to one party at a time; larger groups go to the box office. */
    public static final int MAX_SEATS = 10;
    public static final int MAX_PER_PRODUCT = 10;
    /** Extending the hold on every touch would be a request per touch; once in this window is enough. */
    static final Duration EXTEND_AT_MOST_EVERY = Duration.ofSeconds(20);
    private static final String SEAT_ITEM = "SEAT";
    /** A ticket or voucher still good; a refunded seat's ticket is revoked and never printed. */
    private static final String VALID = "VALID";
    private static final Logger log = LoggerFactory.getLogger(Sale.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final TerminalBackend backend;
    private final Clock clock;
    private final ZoneId venueZone;
    private final String terminal;

    // Changes happen under this object's lock, some of them around a backend call. Screens read
    // on the FX thread, which must never wait for such a call: what they read is volatile and
    // replaced whole (immutable values), and the accessors below take no lock.
    private volatile EventSummary event;
    private volatile SessionSummary session;
    private volatile SeatMap seatMap;
    private volatile Hold hold;
    private Instant lastExtension;
    private List<Product> catalog = List.of();
    /** Product id to quantity in the order chosen; replaced on each change. */
    private volatile Map<String, Integer> productQuantities = Map.of();
    private volatile Buyer buyer;
    private volatile OrderCreated order;
    private String paymentKey;
    private volatile List<Ticket> tickets = List.of();
    /** Held seats sold at another price than full: the box office's meia-entrada. */
    private volatile Map<String, TicketType> ticketTypes = Map.of();
    /** An order bought elsewhere whose tickets this customer collects; null in a purchase. */
    private volatile Order collected;
    // what of the paid order has come out of the printer, so printing again prints only the rest
    private Order paidOrder;
    private final Set<String> printedTickets = new HashSet<>();
    private final Set<String> printedVouchers = new HashSet<>();
    private boolean receiptPrinted;

    /** @param terminal the kiosk or desk selling, as its payment receipts name it */
    public Sale(TerminalBackend backend, Clock clock, ZoneId venueZone, String terminal) {
        this.backend = backend;
        this.clock = clock;
        this.venueZone = venueZone;
        this.terminal = terminal;
    }

    // --- browsing -------------------------------------------------------------------------------

    /** Events matching the text (blank: all) with a session between the two days (null: open). */
    public List<EventSummary> findEvents(String text, LocalDate from, LocalDate to) {
        Instant start = from == null ? null : from.atStartOfDay(venueZone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(venueZone).toInstant();
        String q = text == null || text.isBlank() ? null : text.trim();
        return backend.call(c -> c.events(q, start, end)).items();
    }

    /** Picks an event; its sessions come back fresh with their seat counts. */
    public synchronized EventSummary chooseEvent(String eventId) {
        releaseHoldQuietly();
        EventSummary chosen = backend.call(c -> c.event(eventId));
        event = chosen;
        session = null;
        seatMap = null;
        catalog = List.of();
        productQuantities = Map.of();
        return chosen;
    }

    /** Picks a session and loads its seat map. */
    public synchronized SeatMap chooseSession(String sessionId) {
        requireEvent();
        SessionSummary chosen = event.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("session " + sessionId + " is not of this event"));
        releaseHoldQuietly();
        seatMap = backend.call(c -> c.seatMap(sessionId));
        session = chosen;
        return seatMap;
    }

    /** The seat map as it is now, for screens that show other buyers' sales while the customer looks. */
    public SeatMap refreshSeatMap() {
        String sessionId;
        synchronized (this) {
            if (session == null) {
                throw new IllegalStateException("no session chosen");
            }
            sessionId = session.id();
        }
        SeatMap fresh = backend.call(c -> c.seatMap(sessionId));
        synchronized (this) {
            if (session != null && session.id().equals(sessionId)) {
                seatMap = fresh;
            }
        }
        return fresh;
    }

    // --- seats ----------------------------------------------------------------------------------

    /**
     * Holds exactly these seats, giving back any seats held before. Throws
     * {@link io.bilheteria.client.SeatConflictException} naming the seats someone else took.
     */
    public synchronized Hold holdSeats(List<String> seatIds) {
        requireSession();
        if (seatIds == null || seatIds.isEmpty() || seatIds.size() > MAX_SEATS) {
            throw new IllegalArgumentException("choose between 1 and " + MAX_SEATS + " seats");
        }
        return takeHold(HoldRequest.seats(session.id(), List.copyOf(seatIds)));
    }

    /** Holds the best {@code quantity} seats of a section (adjacent when possible). */
    public synchronized Hold holdBestAvailable(String sectionId, int quantity) {
        requireSession();
        if (quantity < 1 || quantity > MAX_SEATS) {
            throw new IllegalArgumentException("choose between 1 and " + MAX_SEATS + " seats");
        }
        return takeHold(HoldRequest.bestAvailable(session.id(), sectionId, quantity));
    }

    private Hold takeHold(HoldRequest request) {
        releaseHoldQuietly();
        Hold taken = backend.call(c -> c.hold(request));
        hold = taken;
        lastExtension = clock.instant();
        ticketTypes = Map.of();
        order = null;
        paymentKey = null;
        return taken;
    }

    /** When the seats are released unless the customer goes on; empty without a hold. Never blocks. */
    public Optional<Instant> holdExpiresAt() {
        return Optional.ofNullable(hold).map(Hold::expiresAt);
    }

    /** Time left on the hold (zero when expired or none). Never blocks. */
    public Duration holdTimeLeft() {
        Hold current = hold;
        if (current == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), current.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * The customer is still acting: ask the backend for more time (it grants kiosk holds
     * more time up to a cap). At most once in {@link #EXTEND_AT_MOST_EVERY}; true when extended.
     */
    public boolean keepAlive() {
        String holdId;
        synchronized (this) {
            if (hold == null || (lastExtension != null
                    && Duration.between(lastExtension, clock.instant()).compareTo(EXTEND_AT_MOST_EVERY) < 0)) {
                return false;
            }
            holdId = hold.holdId();
            lastExtension = clock.instant();
        }
        Hold extended;
        try {
            extended = backend.call(c -> c.extendHold(holdId));
        } catch (NotFoundException | io.bilheteria.client.ConflictException gone) {
            return false;
        }
        synchronized (this) {
            if (hold != null && hold.holdId().equals(holdId)) {
                hold = extended;
            }
        }
        return true;
    }

    /** Gives the seats back (the customer went back, timed out, or walked away). */
    public synchronized void releaseHold() {
        releaseHoldQuietly();
        order = null;
        paymentKey = null;
    }

    private void releaseHoldQuietly() {
        if (hold == null) {
            return;
        }
        String holdId = hold.holdId();
        hold = null;
        try {
            backend.call(c -> {
                c.releaseHold(holdId);
                return null;
            });
        } catch (NotFoundException | io.bilheteria.client.ConflictException alreadyGone) {
            // expired and swept, or already sold: nothing left to give back
        } catch (BackendUnavailableException unreachable) {
            // the hold runs out by itself on the backend; nothing is charged for it
        }
    }

    // --- add-ons --------------------------------------------------------------------------------

    public synchronized List<Product> loadProducts() {
        requireEvent();
        String eventId = event.id();
        catalog = List.copyOf(backend.call(c -> c.products(eventId)).items());
        return catalog;
    }

    /** Sets how many of a product go with the tickets (0 removes it); capped by stock. */
    public synchronized int setProductQuantity(String productId, int quantity) {
        Product product = catalog.stream().filter(p -> p.id().equals(productId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown product " + productId));
        int allowed = Math.max(0, Math.min(quantity, Math.min(MAX_PER_PRODUCT, product.stock())));
        Map<String, Integer> chosen = new LinkedHashMap<>(productQuantities);
        if (allowed == 0) {
            chosen.remove(productId);
        } else {
            chosen.put(productId, allowed);
        }
        productQuantities = Collections.unmodifiableMap(chosen);
        order = null;
        return allowed;
    }

    public Map<String, Integer> productQuantities() {
        return productQuantities;
    }

    // --- who buys -------------------------------------------------------------------------------

    /**
     * Checks a customer's email and password. The customer's own token is dropped at once:
     * the order is placed by the kiosk account in the customer's name.
     */
    public synchronized Buyer logIn(String email, String password) {
        LoginResponse login = backend.anonymous().login(email == null ? "" : email.trim(), password);
        if (login.role() != Role.CUSTOMER || login.customerId() == null) {
            throw new UnauthorizedException(401, new io.bilheteria.api.problems.Problem(ProblemTypes.UNAUTHORIZED,
                    "Not a customer account", 401, "Log in with a customer account", null, null, null));
        }
        buyer = new Buyer(login.customerId(), email.trim().toLowerCase(Locale.ROOT));
        order = null;
        return buyer;
    }

    /** Registers a new customer (email unique, CPF optional and checked by the backend). */
    public synchronized Buyer register(String name, String email, String password, String cpf) {
        return buyFor(backend.anonymous().registerCustomer(registration(name, email, password, cpf)));
    }

    /**
     * A cashier registers the customer at the desk, without a password (the backend admits that
     * from a cashier only), and the sale goes in their name.
     */
    public synchronized Buyer registerAtDesk(String name, String email, String cpf) {
        CustomerRegistration registration = registration(name, email, null, cpf);
        return buyFor(backend.call(c -> c.registerCustomer(registration)));
    }

    private static CustomerRegistration registration(String name, String email, String password, String cpf) {
        return new CustomerRegistration(name == null ? null : name.trim(), email == null ? null : email.trim(),
                password, cpf == null || cpf.isBlank() ? null : cpf.trim());
    }

    private Buyer buyFor(Customer customer) {
        buyer = new Buyer(customer.id(), customer.email());
        order = null;
        return buyer;
    }

    /**
     * Finds a customer by email or CPF, as a cashier asks for them, and puts the sale in their
     * name; empty when no customer has them, and the sale is then in nobody's name: asking for
     * someone else takes it out of the previous customer's.
     */
    public synchronized Optional<Buyer> chooseCustomer(String emailOrCpf) {
        String key = emailOrCpf == null ? "" : emailOrCpf.trim();
        boolean email = key.contains("@");
        List<Customer> found = backend.call(c -> c.findCustomers(email ? key : null, email ? null : key)).items();
        if (found.isEmpty()) {
            continueAsGuest(null);
            return Optional.empty();
        }
        return Optional.of(buyFor(found.get(0)));
    }

    /** Buys without an account; the email, if given, is where the receipt goes (null: printed tickets only). */
    public synchronized Buyer continueAsGuest(String email) {
        if (email == null) {
            buyer = new Buyer(null, null);
            order = null;
            return buyer;
        }
        if (!EMAIL.matcher(email.trim()).matches()) {
            throw new IllegalArgumentException("not an email address");
        }
        buyer = new Buyer(null, email.trim().toLowerCase(Locale.ROOT));
        order = null;
        return buyer;
    }

    public Optional<Buyer> buyer() {
        return Optional.ofNullable(buyer);
    }

    /**
     * Sells a held seat at this type (HALF: meia-entrada, its document shown at the gate); the
     * order is placed again with the new price, and the backend refuses it past the session's cap.
     */
    public synchronized void setTicketType(String seatId, TicketType type) {
        requireHold();
        if (!hold.seatIds().contains(seatId)) {
            throw new IllegalArgumentException("seat " + seatId + " is not held by this sale");
        }
        Map<String, TicketType> types = new LinkedHashMap<>(ticketTypes);
        if (type == TicketType.FULL) {
            types.remove(seatId);
        } else {
            types.put(seatId, type);
        }
        ticketTypes = Collections.unmodifiableMap(types);
        order = null;
        paymentKey = null;
    }

    /** The type a held seat is sold at; FULL unless changed. Never blocks. */
    public TicketType ticketType(String seatId) {
        return ticketTypes.getOrDefault(seatId, TicketType.FULL);
    }

    /**
     * How many more half-price tickets the chosen session sells, counted by the backend now: what
     * a buyer refused past the cap is told. The refusal's own words are the backend's English.
     */
    public int halfPriceLeft() {
        String eventId;
        String sessionId;
        synchronized (this) {
            requireSession();
            eventId = event.id();
            sessionId = session.id();
        }
        SessionSummary now = backend.call(c -> c.event(eventId)).sessions().stream()
                .filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("session " + sessionId + " is no longer on sale"));
        return Math.max(0, now.halfPriceCap() - now.halfPriceSold());
    }

    // --- review and payment ---------------------------------------------------------------------

    /**
     * Places (or replaces) the order for the held seats and chosen products; the review
     * screen shows the backend's total, not one computed here.
     */
    public synchronized Review review() {
        requireHold();
        if (order == null) {
            List<ProductLine> lines = productQuantities.entrySet().stream()
                    .map(e -> new ProductLine(e.getKey(), e.getValue())).collect(Collectors.toList());
            String customerId = buyer == null ? null : buyer.customerId();
            String email = buyer == null || !buyer.guest() ? null : buyer.email();
            String holdId = hold.holdId();
            Map<String, TicketType> types = ticketTypes.isEmpty() ? null : ticketTypes;
            order = backend.call(c -> c.createOrder(new OrderRequest(holdId, customerId, lines, email, types)));
            paymentKey = null;
        }
        return new Review(event.title(), session.startsAt(), heldSeatLines(), chosenProductLines(), order.totalCents(),
                order.currency(), order.code(), hold.expiresAt());
    }

    /** The held seats at the types marked and their prices, as the order would sell them; no backend call. */
    public synchronized List<Review.SeatLine> heldSeatLines() {
        requireHold();
        List<Review.SeatLine> seats = new ArrayList<>();
        Map<String, Seat> held = seatsOnMap(hold.seatIds());
        for (String seatId : hold.seatIds()) {
            Seat seat = held.get(seatId);
            Section section = seat == null ? null : sectionOnMap(seat.sectionId());
            TicketType type = ticketType(seatId);
            seats.add(new Review.SeatLine(seatId, section == null ? "" : section.name(),
                    seat == null ? "" : seat.row(), seat == null ? 0 : seat.number(),
                    section == null ? 0 : type.priceCents(section.priceCents()), type));
        }
        return seats;
    }

    /** The products chosen, in the order chosen; no backend call. */
    public synchronized List<Review.ProductLine> chosenProductLines() {
        List<Review.ProductLine> products = new ArrayList<>();
        for (var entry : productQuantities.entrySet()) {
            catalog.stream().filter(p -> p.id().equals(entry.getKey())).findFirst().ifPresent(p ->
                    products.add(new Review.ProductLine(p.id(), p.name(), entry.getValue(), p.priceCents())));
        }
        return products;
    }

    /**
     * Charges the card for the order. The same attempt keeps its idempotency key, so a retry
     * after a lost answer never charges twice; a new card (after a decline) is a new attempt.
     */
    public PaymentOutcome pay(CardData card) {
        String orderId;
        String key;
        synchronized (this) {
            if (order == null) {
                throw new IllegalStateException("review the order before paying");
            }
            orderId = order.orderId();
            if (paymentKey == null) {
                paymentKey = UUID.randomUUID().toString();
            }
            key = paymentKey;
        }
        Card apiCard = new Card(card.number(), card.holder(), card.expMonth(), card.expYear(), card.cvv());
        try {
            PaymentResult result = backend.call(c -> c.pay(orderId, apiCard, key));
            return paid(result.tickets());
        } catch (PaymentDeclinedException declined) {
            newAttempt();
            return new PaymentOutcome.Declined(declined.declineReason());
        } catch (HoldExpiredException expired) {
            synchronized (this) {
                hold = null;
                order = null;
                paymentKey = null;
            }
            return new PaymentOutcome.HoldLost();
        } catch (BackendUnavailableException unavailable) {
            if (ProblemTypes.ACQUIRER_UNAVAILABLE.equals(unavailable.problem().type())) {
                newAttempt();
                return new PaymentOutcome.TryAgain();
            }
            synchronized (this) {
                return new PaymentOutcome.Interrupted(order.code());
            }
        } catch (io.bilheteria.client.ConflictException inProgress) {
            if (ProblemTypes.PAYMENT_IN_PROGRESS.equals(inProgress.problem().type())) {
                return settleInterrupted();
            }
            throw inProgress;
        }
    }

    /**
     * After an interrupted payment, once the backend answers again: if the payment went
     * through, the sale is complete (tickets returned); otherwise the hold is released and
     * nothing was charged. Throws {@link BackendUnavailableException} while it is still down.
     */
    public PaymentOutcome settleInterrupted() {
        String orderId;
        synchronized (this) {
            if (order == null) {
                throw new IllegalStateException("no payment to settle");
            }
            orderId = order.orderId();
        }
        Order current = backend.call(c -> c.order(orderId));
        if (current.status() == OrderStatus.PAID) {
            return paid(current.tickets());
        }
        synchronized (this) {
            releaseHold();
        }
        return new PaymentOutcome.HoldLost();
    }

    private synchronized PaymentOutcome paid(List<Ticket> issued) {
        tickets = List.copyOf(issued);
        forgetPrinting();
        hold = null; // converted into the sale: nothing to release any more
        paymentKey = null;
        return new PaymentOutcome.Paid(tickets);
    }

    private synchronized void newAttempt() {
        paymentKey = null;
    }

    public List<Ticket> tickets() {
        return tickets;
    }

    public Optional<String> orderCode() {
        return Optional.ofNullable(order).map(OrderCreated::code);
    }

    // --- collecting an order bought elsewhere ----------------------------------------------------

    /**
     * "Retirar ingressos": the order with this code, bought online or by phone, if the e-mail or the
     * CPF (exactly one of them given) is its buyer's. Its valid tickets become this sale's, so they
     * print as a paid sale's do ({@link #print}), with its vouchers but without a payment receipt
     * (the buyer had that by e-mail); an order printed before comes with new codes
     * (REIMPRESSÃO #n), which the backend decides. No valid ticket leaves {@link #tickets()} empty.
     */
    public synchronized Order collect(String code, String email, String cpf) {
        Order found = backend.call(c -> c.collect(code, email, cpf));
        List<Ticket> valid = found.tickets().stream().filter(t -> VALID.equals(t.status())).toList();
        if (!valid.isEmpty()) {
            // the paper names the event, the venue and the seats: the same reads as a purchase's
            chooseEvent(found.session().eventId());
            chooseSession(found.sessionId());
        }
        order = new OrderCreated(found.orderId(), found.code(), found.status(), found.totalCents(), found.currency());
        tickets = valid;
        collected = found;
        forgetPrinting();
        paidOrder = found;
        return found;
    }

    /** The order collected by {@link #collect}, while this customer is at the kiosk; empty for a purchase. */
    public Optional<Order> collected() {
        return Optional.ofNullable(collected);
    }


    // --- printing -------------------------------------------------------------------------------

    /**
     * Prints what the paid order has not had on paper yet: its tickets, then a slip per product
     * unit, then the one payment receipt. A failure is reported, never thrown, and the sale stands;
     * what came out is remembered, so printing again (after paper is loaded) gives only the rest.
     * The vouchers and the card are read from the backend once, after the tickets, which need it not.
     */
    public PrintOutcome print(ReceiptPrinter printer, Locale locale, ReceiptGrouping grouping) {
        List<Paper> ticketPapers;
        synchronized (this) {
            if (tickets.isEmpty()) {
                throw new IllegalStateException("nothing paid to print");
            }
            ticketPapers = ticketPapers(locale, grouping);
        }
        PrintRun run = new PrintRun(printer);
        if (!run.print(ticketPapers)) {
            return run.stopped();
        }
        List<Paper> orderPapers;
        try {
            orderPapers = orderPapers(locale);
        } catch (RuntimeException unread) {
            log.warn("the order's vouchers and card were not read; its tickets are printed", unread);
            return new PrintOutcome.Failed(printer.status(), unread.getMessage(), run.printed);
        }
        return run.print(orderPapers) ? new PrintOutcome.Printed(run.printed) : run.stopped();
    }

    /** A paper to print, what kind it counts as, and what it takes off the order's list once it came out. */
    private record Paper(Receipt receipt, PrintOutcome.Papers counts, Runnable whenPrinted) {
    }

    /** One call's printing, paper by paper; stops at the first the printer refuses. */
    private final class PrintRun {
        private final ReceiptPrinter printer;
        private PrintOutcome.Papers printed = PrintOutcome.Papers.NONE;
        private PrinterException refused;

        PrintRun(ReceiptPrinter printer) {
            this.printer = printer;
        }

        boolean print(List<Paper> papers) {
            for (Paper paper : papers) {
                try {
                    printer.print(paper.receipt());
                } catch (PrinterException e) {
                    refused = e;
                    return false;
                }
                synchronized (Sale.this) {
                    paper.whenPrinted().run();
                }
                printed = printed.plus(paper.counts());
            }
            return true;
        }

        PrintOutcome stopped() {
            return new PrintOutcome.Failed(refused.status(), refused.getMessage(), printed);
        }
    }

    /** The tickets not printed yet: a paper each, or one for them all, as grouped. */
    private List<Paper> ticketPapers(Locale locale, ReceiptGrouping grouping) {
        TicketReceipts layout = new TicketReceipts(locale, grouping);
        PrintOutcome.Papers one = new PrintOutcome.Papers(1, 0, 0);
        Map<String, PrintableTicket> pending = new LinkedHashMap<>();
        printableTickets().forEach((ticketId, paper) -> {
            if (!printedTickets.contains(ticketId)) {
                pending.put(ticketId, paper);
            }
        });
        if (pending.isEmpty()) {
            return List.of();
        }
        if (grouping == ReceiptGrouping.PER_ORDER) {
            Set<String> ids = Set.copyOf(pending.keySet());
            return List.of(new Paper(layout.receiptsFor(List.copyOf(pending.values())).get(0), one,
                    () -> printedTickets.addAll(ids)));
        }
        List<Paper> papers = new ArrayList<>();
        pending.forEach((ticketId, paper) -> papers.add(new Paper(layout.receiptsFor(List.of(paper)).get(0), one,
                () -> printedTickets.add(ticketId))));
        return papers;
    }

    /** The slips of the vouchers not printed yet, then the payment receipt if it has not come out. */
    private synchronized List<Paper> orderPapers(Locale locale) {
        paidOrder();
        List<Paper> papers = new ArrayList<>();
        VoucherSlips slips = new VoucherSlips(locale, TicketReceipts.COLUMNS_80MM);
        for (Voucher voucher : paidOrder.vouchers()) {
            if (VALID.equals(voucher.status()) && !printedVouchers.contains(voucher.voucherId())) {
                papers.add(new Paper(slips.slipFor(new PrintableVoucher(voucher.productName(), event.title(),
                        event.venue(), session.startsAt(), venueZone, paidOrder.code(), voucher.code())),
                        new PrintOutcome.Papers(0, 1, 0), () -> printedVouchers.add(voucher.voucherId())));
            }
        }
        // an order bought online had its receipt by e-mail; collecting it prints its tickets and vouchers
        if (!receiptPrinted && collected == null) {
            papers.add(new Paper(new PaymentReceipts(locale, TicketReceipts.COLUMNS_80MM).receiptFor(payment()),
                    new PrintOutcome.Papers(0, 0, 1), () -> receiptPrinted = true));
        }
        return papers;
    }

    /**
     * The paid order as the backend keeps it, read once, for the buyer's receipt: when it was paid, every
     * ticket and product, the card's brand, last 4 digits and authorisation, a voucher per product (none of
     * which the payment's answer carries).
     */
    public synchronized Order paidOrder() {
        if (tickets.isEmpty()) {
            throw new IllegalStateException("nothing paid");
        }
        if (paidOrder == null) {
            String orderId = order.orderId();
            paidOrder = backend.call(c -> c.order(orderId));
        }
        return paidOrder;
    }

    /** The paid order's vouchers, one per product unit, each handed over once at the concession counter. */
    public List<Voucher> vouchers() {
        return paidOrder().vouchers();
    }

    /** What to offer once paid: the event's products not bought and its other sessions with seats. */
    public Suggestions suggestions() {
        String orderId;
        synchronized (this) {
            if (tickets.isEmpty()) {
                throw new IllegalStateException("nothing paid");
            }
            orderId = order.orderId();
        }
        return backend.call(c -> c.suggestions(orderId));
    }

    /** The paid order as its receipt shows it. */
    private PrintablePayment payment() {
        PaymentSummary card = paidOrder.payment();
        if (card == null) {
            throw new IllegalStateException("order " + paidOrder.code() + " is paid but has no card on record");
        }
        List<PrintablePayment.ProductLine> products = paidOrder.items().stream()
                .filter(item -> !SEAT_ITEM.equals(item.kind()))
                .map(item -> new PrintablePayment.ProductLine(item.description(), item.quantity(), item.unitPriceCents()))
                .toList();
        return new PrintablePayment(paidOrder.code(), paidOrder.paidAt(), venueZone, terminal,
                List.copyOf(printableTickets().values()), products, paidOrder.totalCents(), paidOrder.currency(),
                new PrintablePayment.Card(card.brand(), card.last4(), card.authorizationCode()));
    }

    /** Every paid ticket as paper, by ticket id. */
    private Map<String, PrintableTicket> printableTickets() {
        Map<String, Seat> sold = seatsOnMap(tickets.stream().map(Ticket::seatId).toList());
        Map<String, PrintableTicket> printable = new LinkedHashMap<>();
        for (Ticket ticket : tickets) {
            Seat seat = sold.get(ticket.seatId());
            printable.put(ticket.ticketId(), TicketPaper.of(event.title(), event.venue(), session.startsAt(),
                    venueZone, order.code(), ticket, seat, sectionOnMap(seat.sectionId())));
        }
        return printable;
    }

    /** The few seats with these ids on the chosen session's map (which may hold 60,000). */
    private Map<String, Seat> seatsOnMap(Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return seatMap.seats().stream().filter(seat -> wanted.contains(seat.id()))
                .collect(Collectors.toMap(Seat::id, Function.identity()));
    }

    private Section sectionOnMap(String sectionId) {
        return seatMap.sections().stream().filter(section -> section.id().equals(sectionId)).findFirst().orElse(null);
    }

    // --- the end of a customer ------------------------------------------------------------------

    /**
     * Forgets this customer entirely: releases any held seats and clears every choice,
     * so the next person at the totem sees nothing of it.
     */
    public synchronized void abandon() {
        releaseHoldQuietly();
        event = null;
        session = null;
        seatMap = null;
        catalog = List.of();
        productQuantities = Map.of();
        buyer = null;
        order = null;
        paymentKey = null;
        tickets = List.of();
        forgetPrinting();
        ticketTypes = Map.of();
        lastExtension = null;
        collected = null;
    }

    /**
     * A suggestion taken after a sale: the next sale starts with nothing chosen, as after
     * {@link #abandon()}, but in the same buyer's name.
     */
    public synchronized void startAgainForSameBuyer() {
        Buyer same = buyer;
        abandon();
        buyer = same;
    }

    /** A new paid order (or none) has had nothing printed. */
    private void forgetPrinting() {
        paidOrder = null;
        printedTickets.clear();
        printedVouchers.clear();
        receiptPrinted = false;
    }

    public Optional<EventSummary> event() {
        return Optional.ofNullable(event);
    }

    public Optional<SessionSummary> session() {
        return Optional.ofNullable(session);
    }

    public Optional<SeatMap> seatMap() {
        return Optional.ofNullable(seatMap);
    }

    /** The seats held now, if any. Never blocks. */
    public Optional<Hold> hold() {
        return Optional.ofNullable(hold);
    }

    private void requireEvent() {
        if (event == null) {
            throw new IllegalStateException("no event chosen");
        }
    }

    private void requireSession() {
        if (session == null) {
            throw new IllegalStateException("no session chosen");
        }
    }

    private void requireHold() {
        if (hold == null) {
            throw new IllegalStateException("no seats held");
        }
    }
}
