package io.bilheteria.boxoffice.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.boxoffice.cashier.CashierViewModel.Focus;
import io.bilheteria.boxoffice.cashier.CashierViewModel.ProductChoice;
import io.bilheteria.boxoffice.cashier.CashierViewModel.SectionChoice;
import io.bilheteria.boxoffice.cashier.CashierViewModel.Step;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.boxoffice.testing.ClassBackend;
import io.bilheteria.devices.payment.PaymentTerminal;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.idle.TickSource;
import io.bilheteria.ui.sale.Sale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cashier's sale without a stage: the model run inline against the real backend with the small
 * demo, a card terminal on the test's counter, a printer that keeps what it is given, the seat map
 * as the view would show it and the sessions' ticks given by the test.
 */
class CashierViewModelTest {
    private static final String TERMINAL_BUSY = "Pagamento em andamento: espere o terminal, ou Esc cancela enquanto o "
            + "cartão não foi passado.";
    private static final String SOLD_NEXT = "Venda concluída. Enter para a próxima.";
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();

    private final Messages messages = new Messages(Messages.PT_BR, BoxOfficeWindow.BUNDLE);
    private final HeldTasks tasks = new HeldTasks();
    private final CounterTerminal terminal = CounterTerminal.withoutReader();
    private final List<Receipt> printed = new ArrayList<>();
    private final ReceiptPrinter printer = new ReceiptPrinter() {
        @Override
        public void print(Receipt receipt) {
            printed.add(receipt);
        }

        @Override
        public PrinterStatus status() {
            return PrinterStatus.READY;
        }
    };
    private final MapShown map = new MapShown();
    private final Ticks ticks = new Ticks();
    private final List<Focus> focus = new ArrayList<>();
    private Sale sale;
    private CashierViewModel model;

    @BeforeAll
    static void openTheTill() {
        backend.get().as("cashier").openShift();
    }

    @BeforeEach
    void openSale() {
        model = saleOn(terminal);
    }

    @AfterEach
    void giveSeatsBack() {
        model.abandon();
    }

    private CashierViewModel saleOn(PaymentTerminal cardTerminal) {
        sale = backend.cashiersSale();
        CashierViewModel opened = new CashierViewModel(messages, sale, tasks, cardTerminal, printer, ClassBackend.VENUE,
                map, ticks);
        opened.whenFocusMoves(focus::add);
        return opened;
    }

    // --- the sale's steps -------------------------------------------------------------------------

    @Test
    void aSaleGoesFromChoosingThroughPayingToSoldAndEnterStartsTheNextOne() {
        chooseTonightsShow();
        assertThat(map.shown).as("the session's map").isNotNull();
        assertThat(model.sessionTitleProperty().get()).startsWith("O Auto da Compadecida · ");
        assertThat(focus).as("on to the quantity").containsExactly(Focus.QUANTITY);

        model.quantityProperty().set("2");
        model.holdBestAvailable();
        assertThat(model.getStep()).isEqualTo(Step.CHOOSING);
        assertThat(model.getMessage()).startsWith("Lugares reservados até ").endsWith("F8 para pagar.");
        assertThat(model.cart()).hasSize(2);
        assertThat(model.totalProperty().get()).startsWith("Total R$");
        assertThat(map.marked).as("the held seats marked on the map").hasSize(2);
        assertThat(focus).as("on to the payment").endsWith(Focus.PAY);

        model.pay();
        assertThat(model.getStep()).isEqualTo(Step.PAYING);
        assertThat(model.getMessage()).startsWith("Aguardando o cartão no terminal: R$");
        assertThat(model.terminalHintProperty().get()).startsWith("Terminal simulado: 1 aprovado");
        assertThat(terminal.waitingForCard()).isTrue();

        assertThat(model.presentSandboxCard("1")).isTrue();
        assertThat(model.getStep()).isEqualTo(Step.SOLD);
        String code = sale.orderCode().orElseThrow();
        assertThat(model.getMessage()).isEqualTo("Vendido · pedido " + code + " · 2 ingresso(s); 3 via(s) "
                + "impressa(s): ingressos, vales e comprovante. Enter: nova venda.");
        assertThat(printed).as("one receipt a ticket, then the payment receipt").hasSize(3);
        assertThat(model.terminalHintProperty().get()).isEmpty();
        assertThat(map.marked).as("sold, no longer held").isEmpty();
        assertThat(model.cart()).as("the sale stays in sight").hasSize(2);
        assertThat(backend.get().as("cashier").orderByCode(code).status()).isEqualTo(OrderStatus.PAID);

        assertThat(model.nextSale()).as("Enter taken").isTrue();
        assertThat(model.getStep()).isEqualTo(Step.CHOOSING);
        assertThat(model.cart()).isEmpty();
        assertThat(model.totalProperty().get()).isEmpty();
        assertThat(model.getMessage()).isEmpty();
        assertThat(model.sessionTitleProperty().get()).isEmpty();
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(map.shown).isNull();
        assertThat(focus).endsWith(Focus.SEARCH);
    }

    @Test
    void theSoldOrderShowsItsVouchersAndAProductSuggestionStartsANewSaleForTheSameCustomer() {
        sale.chooseCustomer("ana@example.com");
        String ana = sale.buyer().orElseThrow().customerId();
        chooseTonightsShow();
        String sessionId = map.shown.sessionId();
        ProductChoice popcorn = model.products().stream().filter(p -> p.product().name().equals("Pipoca"))
                .findFirst().orElseThrow();
        model.changeProduct(popcorn, 1);
        model.changeProduct(popcorn, 1);
        soldWithOneSeat();

        assertThat(model.vouchers()).as("a voucher per popcorn").hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("Pipoca · vale …"));
        assertThat(model.suggestions()).extracting(CashierViewModel.Suggestion::label)
                .map(label -> label.replace(Formats.NO_BREAK_SPACE, ' '))
                .anySatisfy(label -> assertThat(label).endsWith(" · Refrigerante · R$ 9,00 · nova venda com este produto"))
                .anySatisfy(label -> assertThat(label).endsWith(" · Programa da peça · R$ 25,00 · nova venda com este produto"))
                .as("popcorn was bought").noneMatch(label -> label.contains("Pipoca"));
        CashierViewModel.Suggestion first = model.suggestions().get(0);
        assertThat(first.label()).startsWith("1 · ");
        String offered = first.product().name();

        assertThat(model.takeSuggestion("1")).as("1 takes the first line").isTrue();

        assertThat(model.getStep()).isEqualTo(Step.CHOOSING);
        assertThat(map.shown.sessionId()).as("the same session").isEqualTo(sessionId);
        assertThat(sale.buyer().orElseThrow().customerId()).as("in Ana's name still").isEqualTo(ana);
        assertThat(sale.productQuantities()).containsExactly(Map.entry(first.product().id(), 1));
        assertThat(model.products()).filteredOn(p -> p.product().name().equals(offered))
                .singleElement().satisfies(p -> assertThat(p.label()).endsWith(" · 1 un."));
        assertThat(model.getMessage()).isEqualTo("Nova venda para o mesmo cliente com " + offered + ". Escolha os "
                + "lugares: todo pedido leva ingressos.");
        assertThat(model.vouchers()).as("the sold order left the screen").isEmpty();
        assertThat(model.suggestions()).isEmpty();
        assertThat(focus).endsWith(Focus.QUANTITY);
    }

    @Test
    void anotherSessionSuggestedOpensItsMapAndANumberWithoutALineDoesNothing() {
        chooseTonightsShow();
        String sold = map.shown.sessionId();
        soldWithOneSeat();
        List<CashierViewModel.Suggestion> sessions = model.suggestions().stream().filter(s -> s.session() != null)
                .toList();
        assertThat(sessions).as("the theatre's other sessions").isNotEmpty()
                .allSatisfy(s -> assertThat(s.label()).contains("outra sessão").endsWith("lugares livres"));
        assertThat(model.takeSuggestion(Integer.toString(model.suggestions().size() + 1))).isFalse();
        assertThat(model.getStep()).isEqualTo(Step.SOLD);

        int line = model.suggestions().indexOf(sessions.get(0)) + 1;
        assertThat(model.takeSuggestion(Integer.toString(line))).isTrue();

        assertThat(map.shown.sessionId()).isEqualTo(sessions.get(0).session().id()).isNotEqualTo(sold);
        assertThat(model.getMessage()).isEqualTo("Nova venda para o mesmo cliente nesta sessão. Escolha os lugares.");
        assertThat(model.takeSuggestion("1")).as("only once sold").isFalse();
    }

    /** One best seat of the session shown, paid with the approving card. */
    private void soldWithOneSeat() {
        model.quantityProperty().set("1");
        model.holdBestAvailable();
        model.pay();
        model.presentSandboxCard("1");
        assertThat(model.getStep()).as(model.getMessage()).isEqualTo(Step.SOLD);
    }

    @Test
    void aDeclinedCardKeepsTheSeatsForAnotherCard() {
        holdBestSeatsOfTonightsShow(1);
        model.pay();

        model.presentSandboxCard("2");
        assertThat(model.getStep()).isEqualTo(Step.CHOOSING);
        assertThat(model.getMessage()).startsWith("Cartão recusado").endsWith("F8 com outro cartão.");
        assertThat(sale.hold()).as("the seats still held").isPresent();

        model.pay();
        model.presentSandboxCard("1");
        assertThat(model.getStep()).isEqualTo(Step.SOLD);
    }

    @Test
    void noCardBeforeTheTerminalGivesUpKeepsTheSeatsForF8Again() {
        holdBestSeatsOfTonightsShow(2);
        model.pay();

        terminal.timedOut();

        assertThat(model.getStep()).isEqualTo(Step.CHOOSING);
        assertThat(model.getMessage()).startsWith("Nenhum cartão lido. Os lugares continuam reservados");
        assertThat(model.cart()).hasSize(2);
        assertThat(model.terminalHintProperty().get()).isEmpty();
    }

    @Test
    void escWhileTheTerminalWaitsStopsTheReadAndGivesTheSeatsBack() {
        List<String> seats = holdBestSeatsOfTonightsShow(2);
        model.pay();

        model.cancelSale();

        assertThat(terminal.waitingForCard()).isFalse();
        assertThat(model.getStep()).isEqualTo(Step.CHOOSING);
        assertThat(model.getMessage()).as("not the read's own end, 'no card read'")
                .isEqualTo("Venda cancelada; os lugares voltaram à venda.");
        assertThat(model.cart()).isEmpty();
        assertThat(statusOf(seats)).containsOnly(SeatStatus.AVAILABLE);
    }

    @Test
    void aTerminalWithItsOwnReaderTakesNoCardFromTheNumberKeys() {
        CounterTerminal pad = CounterTerminal.withReader();
        model = saleOn(pad);
        holdBestSeatsOfTonightsShow(1);
        model.pay();

        assertThat(model.terminalHintProperty().get()).as("no sandbox cards offered").isEmpty();
        assertThat(model.presentSandboxCard("1")).as("the 1 goes where it is typed").isFalse();
        assertThat(model.getStep()).isEqualTo(Step.PAYING);

        pad.cardInserted(SandboxCard.APPROVES.card());
        assertThat(model.getStep()).isEqualTo(Step.SOLD);
    }

    @Test
    void aSeatTakenMeanwhileIsSaidAndTheMapIsReadAgain() {
        chooseTonightsShow();
        String seat = map.shown.seats().stream().filter(s -> s.status() == SeatStatus.AVAILABLE).findFirst()
                .orElseThrow().id();
        backend.get().as("kiosk").hold(HoldRequest.seats(map.shown.sessionId(), List.of(seat)));

        model.holdMarkedSeats(List.of(seat));

        assertThat(model.getMessage()).isEqualTo("Alguém acabou de comprar um desses lugares. Escolha outros.");
        assertThat(map.readAgain).isPositive();
        assertThat(model.cart()).isEmpty();
        assertThat(model.getStep()).isEqualTo(Step.CHOOSING);
    }

    @Test
    void seatsMarkedOnTheMapAreHeldWithF6() {
        chooseTonightsShow();
        List<String> marked = map.shown.seats().stream().filter(s -> s.status() == SeatStatus.AVAILABLE).limit(2)
                .map(Seat::id).toList();

        model.holdMarkedSeats(marked);

        assertThat(map.marked).containsExactlyInAnyOrderElementsOf(marked);
        assertThat(model.cart()).hasSize(2);
        assertThat(statusOf(marked)).containsOnly(SeatStatus.HELD);
    }

    // --- what each key does in each step ----------------------------------------------------------

    @Test
    void beforeAnySeatIsHeldTheKeysSayWhatComesFirstAndEnterIsLeftToTheField() {
        model.quantityProperty().set("2");
        model.holdBestAvailable();
        assertThat(model.getMessage()).isEqualTo("Escolha a sessão primeiro (F3).");
        model.holdMarkedSeats(List.of());
        assertThat(model.getMessage()).startsWith("Marque lugares no mapa primeiro");
        model.pay();
        assertThat(model.getMessage()).startsWith("Reserve lugares primeiro");
        assertThat(model.chooseTicketTypes()).as("F9: no seats to make half price").isFalse();
        assertThat(model.nextSale()).as("Enter belongs to the field it is typed in").isFalse();

        chooseTonightsShow();
        model.quantityProperty().set("11");
        model.holdBestAvailable();
        assertThat(model.getMessage()).isEqualTo("Digite de 1 a 10 lugares.");
        assertThat(model.getStep()).isEqualTo(Step.CHOOSING);
        assertThat(terminal.waitingForCard()).isFalse();
    }

    @Test
    void whileTheTerminalWaitsNothingOfTheSaleChangesAndEachKeySaysWhy() {
        List<String> held = holdBestSeatsOfTonightsShow(1);
        model.pay();
        ProductChoice popcorn = product("Pipoca");
        SessionRow another = model.sessions().get(1);
        List<Runnable> keys = List.of(model::holdBestAvailable, () -> model.holdMarkedSeats(List.of("any")),
                model::pay, () -> model.changeProduct(popcorn, 1), () -> model.toggleHalfPrice(0),
                () -> model.chooseSession(another), model::chooseTicketTypes);

        for (Runnable key : keys) {
            model.say("");
            key.run();
            assertThat(model.getMessage()).isEqualTo(TERMINAL_BUSY);
        }
        assertThat(model.chooseTicketTypes()).isFalse();
        assertThat(model.nextSale()).isFalse();
        assertThat(model.closeTill()).as("F12 never leaves a card being read").isFalse();
        assertThat(model.closeTill()).isFalse();
        assertThat(model.getMessage()).as("nor asks").isEqualTo(TERMINAL_BUSY);
        assertThat(model.getStep()).isEqualTo(Step.PAYING);
        assertThat(terminal.waitingForCard()).isTrue();
        assertThat(sale.hold().orElseThrow().seatIds()).containsExactlyElementsOf(held);
        assertThat(sale.productQuantities()).isEmpty();
    }

    @Test
    void onceSoldOnlyTheNextSaleIsTakenAndEscStartsItToo() {
        holdBestSeatsOfTonightsShow(1);
        model.pay();
        model.presentSandboxCard("1");

        model.holdBestAvailable();
        assertThat(model.getMessage()).isEqualTo(SOLD_NEXT);
        model.pay();
        assertThat(model.getMessage()).isEqualTo(SOLD_NEXT);
        assertThat(model.chooseTicketTypes()).isFalse();
        assertThat(model.presentSandboxCard("1")).isFalse();
        assertThat(terminal.waitingForCard()).isFalse();

        model.cancelSale();
        assertThat(model.getStep()).isEqualTo(Step.CHOOSING);
        assertThat(model.cart()).isEmpty();
        assertThat(focus).endsWith(Focus.SEARCH);
    }

    @Test
    void f9ThenSpaceMakesASeatHalfPriceAndBackWithTheTotalFollowing() {
        holdBestSeatsOfTonightsShow(2);
        String fullPrice = model.totalProperty().get();
        List<String> changed = new ArrayList<>();
        model.cart().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                changed.add(change.getFrom() + ".." + change.getTo());
            }
        });

        assertThat(model.chooseTicketTypes()).isTrue();
        assertThat(model.getMessage()).startsWith("Setas escolhem o lugar; Espaço alterna");
        model.toggleHalfPrice(0);

        assertThat(model.cart().get(0)).contains("MEIA");
        assertThat(model.cart().get(1)).doesNotContain("MEIA");
        assertThat(model.totalProperty().get()).isNotEqualTo(fullPrice);
        assertThat(model.getMessage()).startsWith("Meia-entrada: peça o documento");
        assertThat(changed).as("only the seat's line replaced: the cashier stays on it").containsExactly("0..1");

        model.toggleHalfPrice(0);
        assertThat(model.cart().get(0)).doesNotContain("MEIA");
        assertThat(model.totalProperty().get()).isEqualTo(fullPrice);
        assertThat(model.getMessage()).isEqualTo("Inteira.");
    }

    @Test
    void aProductAddedBeforeTheSeatsGoesIntoTheOrderWithThem() {
        chooseTonightsShow();
        model.changeProduct(product("Pipoca"), 1);
        assertThat(product("Pipoca").label()).endsWith("· 1 un.");
        assertThat(model.cart()).as("nothing ordered before seats are held").isEmpty();

        model.quantityProperty().set("1");
        model.holdBestAvailable();
        model.changeProduct(product("Pipoca"), 1);

        assertThat(product("Pipoca").label()).endsWith("· 2 un.");
        assertThat(model.cart()).hasSize(2);
        assertThat(model.cart().get(1)).startsWith("2 × Pipoca");
    }

    // --- closing the till -------------------------------------------------------------------------

    @Test
    void f12MidSaleAsksFirstAndTheSecondGivesTheSeatsBackAndStopsFollowing() {
        List<String> seats = holdBestSeatsOfTonightsShow(2);

        assertThat(model.closeTill()).isFalse();
        assertThat(model.getMessage()).startsWith("Fechar o caixa?");
        assertThat(statusOf(seats)).as("nothing given back on the question").containsOnly(SeatStatus.HELD);

        assertThat(model.closeTill()).as("the view leaves for the till's report").isTrue();
        assertThat(statusOf(seats)).containsOnly(SeatStatus.AVAILABLE);
        assertThat(ticks.running()).isFalse();
        assertThat(map.shown).isNull();
    }

    @Test
    void theTillsQuestionIsWithdrawnOnceTheMessageLineMovesOn() {
        chooseTonightsShow();
        model.closeTill();
        model.quantityProperty().set("1");
        model.holdBestAvailable();

        assertThat(model.closeTill()).as("asked again, not closed").isFalse();
        assertThat(model.getMessage()).startsWith("Fechar o caixa?");
        assertThat(sale.hold()).isPresent();
    }

    // --- finding the session ----------------------------------------------------------------------

    @Test
    void aSlowAnswerToTextTypedBeforeNeverReplacesTheAnswerToTheTextTypedSince() {
        tasks.hold();
        model.searchProperty().set("Compadecida");
        model.searchProperty().set("Final");

        tasks.answer(1);
        tasks.answer(0);

        assertThat(model.sessions()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.event().title()).startsWith("Final do Campeonato"));
    }

    @Test
    void enterBeforeTheAnswerTakesTheSessionFromTheAnswerToTheTextTyped() {
        assertThat(model.sessions().get(0).event().title()).as("another event listed first")
                .doesNotStartWith("Final");
        tasks.hold();
        model.searchProperty().set("Final");

        model.chooseFoundSession();
        assertThat(map.shown).as("nothing taken from the list shown before").isNull();
        tasks.release();

        assertThat(model.sessionTitleProperty().get()).startsWith("Final do Campeonato Paulista · ");
    }

    @Test
    void enterTakesTheSessionPickedInTheListBeforeTheSoonest() {
        model.searchProperty().set("Compadecida");
        SessionRow second = model.sessions().get(1);
        model.pickedSessionProperty().set(second);

        model.chooseFoundSession();

        assertThat(map.shown.sessionId()).isEqualTo(second.session().id());
    }

    // --- following the other channels -------------------------------------------------------------

    @Test
    void eachTickReadsTheSessionsAgainSoSeatsSoldElsewhereComeOffAndThePickedOneStaysPicked() {
        model.searchProperty().set("Compadecida");
        String session = backend.get().theatreSessions().get(1);
        int free = row(session).session().availableSeats();
        model.pickedSessionProperty().set(row(session));

        backend.get().sell(session, 3);
        assertThat(row(session).label()).as("until the next tick").contains("· " + free + " livres");
        ticks.tick();

        assertThat(row(session).label()).contains("· " + (free - 3) + " livres");
        assertThat(model.pickedSessionProperty().get().session().id()).isEqualTo(session);
    }

    @Test
    void aTicksAnswerForTheTextTypedBeforeIsDropped() {
        model.searchProperty().set("Compadecida");
        tasks.hold();
        ticks.tick();
        model.searchProperty().set("Final");

        tasks.answer(1);
        tasks.answer(0);

        assertThat(model.sessions()).allSatisfy(row -> assertThat(row.event().title()).startsWith("Final"));
    }

    @Test
    void signingOutOfASoldSaleStopsTheTicksForGood() {
        assertThat(ticks.running()).as("following from the first answer").isTrue();
        holdBestSeatsOfTonightsShow(1);
        model.pay();
        model.presentSandboxCard("1");

        model.signOut();

        assertThat(ticks.running()).as("not started again by the next sale's search").isFalse();
    }

    @Test
    void aNewSessionOffersItsFirstSectionWithFreeSeatsAndAnUpdateKeepsTheOneChosen() {
        SeatMap session = new SeatMap("s1", List.of(section("camarote", "Camarote"), section("plateia", "Plateia"),
                section("balcao", "Balcão")), List.of());

        model.mapChanged(null, session, free(Map.of("camarote", 0, "plateia", 5, "balcao", 7)), false);
        assertThat(model.sections()).extracting(SectionChoice::label)
                .containsExactly("Camarote · " + price() + " · 0 livres", "Plateia · " + price() + " · 5 livres",
                        "Balcão · " + price() + " · 7 livres");
        assertThat(model.sectionProperty().get().section().name()).as("the first with free seats")
                .isEqualTo("Plateia");

        model.sectionProperty().set(model.sections().get(2));
        model.mapChanged(session, session, free(Map.of("camarote", 0, "plateia", 5, "balcao", 6)), false);
        assertThat(model.sectionProperty().get().label()).as("kept, counted again").startsWith("Balcão")
                .endsWith("· 6 livres");

        model.mapChanged(session, session, free(Map.of("camarote", 0, "plateia", 1, "balcao", 1)), true);
        assertThat(model.sections()).as("an open list is not reshuffled").extracting(SectionChoice::available)
                .containsExactly(0, 5, 6);

        model.mapChanged(session, null, free(Map.of()), false);
        assertThat(model.sections()).isEmpty();
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** The show's name typed and Enter: its soonest session chosen. */
    private void chooseTonightsShow() {
        model.searchProperty().set("Compadecida");
        model.chooseFoundSession();
    }

    /** The show chosen, a quantity and Enter; the seats held. */
    private List<String> holdBestSeatsOfTonightsShow(int seats) {
        chooseTonightsShow();
        model.quantityProperty().set(Integer.toString(seats));
        model.holdBestAvailable();
        assertThat(map.marked).as(model.getMessage()).hasSize(seats);
        return map.marked;
    }

    private ProductChoice product(String name) {
        return model.products().stream().filter(choice -> choice.product().name().equals(name)).findFirst()
                .orElseThrow();
    }

    private SessionRow row(String sessionId) {
        return model.sessions().stream().filter(r -> r.session().id().equals(sessionId)).findFirst().orElseThrow();
    }

    private List<SeatStatus> statusOf(List<String> seatIds) {
        return backend.get().as("kiosk").seatMap(map.shownOrLast().sessionId()).seats().stream()
                .filter(seat -> seatIds.contains(seat.id())).map(Seat::status).toList();
    }

    private static Section section(String id, String name) {
        return new Section(id, name, "#336699", 12_000, "BRL");
    }

    private String price() {
        return Money.format(12_000, "BRL", Messages.PT_BR);
    }

    private static ToIntFunction<String> free(Map<String, Integer> bySection) {
        return sectionId -> bySection.getOrDefault(sectionId, 0);
    }

    /** The seat map as the view shows it: its sections offered as the view's map control counts them. */
    private final class MapShown implements CashierViewModel.SeatMapDisplay {
        SeatMap shown;
        SeatMap last;
        List<String> marked = List.of();
        int readAgain;

        @Override
        public void show(SeatMap seatMap) {
            shown = seatMap;
            last = seatMap;
            Map<String, Integer> free = seatMap.seats().stream().filter(s -> s.status() == SeatStatus.AVAILABLE)
                    .collect(Collectors.groupingBy(Seat::sectionId, Collectors.summingInt(s -> 1)));
            model.mapChanged(null, seatMap, free(free), false);
        }

        @Override
        public void mark(List<String> heldSeatIds) {
            marked = List.copyOf(heldSeatIds);
        }

        @Override
        public void readAgain() {
            readAgain++;
        }

        @Override
        public void clear() {
            SeatMap before = shown;
            shown = null;
            model.mapChanged(before, null, free(Map.of()), false);
        }

        /** The map on screen, or the last one shown once the sale has ended. */
        SeatMap shownOrLast() {
            return shown != null ? shown : last;
        }
    }

    /** The sessions' clock, ticked by the test. */
    private static final class Ticks implements TickSource {
        private Runnable tick;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void start(Runnable onTick) {
            tick = onTick;
        }

        @Override
        public void stop() {
            tick = null;
        }

        boolean running() {
            return tick != null;
        }

        void tick() {
            tick.run();
        }
    }
}
