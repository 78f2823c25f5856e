package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.Terminals;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.products.Product;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.ModelParts;
import io.bilheteria.kiosk.checkout.ReviewViewModel.Line;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The review's decisions without a stage: the order placed on a real backend, calls run inline. */
class ReviewViewModelTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private final ModelParts kiosk = ModelParts.on(backend);
    private final Sale sale = kiosk.sale();
    private final ReviewViewModel model = new ReviewViewModel(sale, kiosk.calls(), kiosk.messages(),
            ModelParts.VENUE, kiosk.holdClock(), kiosk.journey().on(Place.REVIEW));

    /** Two seats of the theatre's first session held; the event chosen. */
    private Hold twoSeats() {
        return kiosk.holdsTheatreSeats(1, 2);
    }

    @Test
    void theOrderIsPlacedAndShownSeatBySeatWithTheBackendsTotal() {
        twoSeats();
        Product popcorn = sale.loadProducts().stream().filter(p -> p.name().equals("Pipoca")).findFirst()
                .orElseThrow();
        sale.setProductQuantity(popcorn.id(), 2);
        sale.continueAsGuest("ze@ex.com");

        model.shown();

        assertThat(model.eventProperty().get()).isEqualTo("O Auto da Compadecida");
        assertThat(model.sessionProperty().get()).isEqualTo(Formats.dateTime(
                sale.session().orElseThrow().startsAt(), ModelParts.VENUE, Messages.PT_BR));
        assertThat(model.buyerProperty().get()).isEqualTo("Comprador: ze@ex.com");
        assertThat(model.lines()).extracting(Line::seat).containsExactly(true, true, false);
        assertThat(model.lines().get(2).what().get()).isEqualTo("2 × Pipoca");
        assertThat(model.lines().get(2).price().get()).isEqualTo(reais(2 * popcorn.priceCents()));
        assertThat(model.totalProperty().get()).isEqualTo(reais(2 * 8000 + 2 * popcorn.priceCents()));
        assertThat(model.placedProperty().get()).isTrue();
        assertThat(kiosk.holdClock().isHolding()).isTrue();

        model.pay();
        assertThat(kiosk.journey().places()).containsExactly(Place.PAYMENT);
    }

    @Test
    void aSeatMarkedMeiaEntradaCostsHalfWithTheLawSaid() {
        Hold hold = twoSeats();
        sale.continueAsGuest(null);
        model.shown();
        assertThat(model.halfPriceChosenProperty().get()).isFalse();

        model.sellAs(hold.seatIds().get(0), TicketType.HALF);

        assertThat(model.lines()).extracting(Line::ticketType).containsExactly(TicketType.HALF, TicketType.FULL);
        assertThat(model.lines().get(0).price().get()).isEqualTo(reais(4000));
        assertThat(model.totalProperty().get()).isEqualTo(reais(4000 + 8000));
        assertThat(model.halfPriceChosenProperty().get()).isTrue();
        assertThat(model.placedProperty().get()).isTrue();

        model.sellAs(hold.seatIds().get(0), TicketType.FULL);

        assertThat(model.totalProperty().get()).isEqualTo(reais(2 * 8000));
        assertThat(model.halfPriceChosenProperty().get()).isFalse();
    }

    @Test
    void pastTheSessionsCapTheBuyerIsToldHowManyHalfPricesAreLeftAndPaysTheRestInteira() {
        int cap = halfPriceCapOfOnePercent(CAPPED_SESSION);
        Hold hold = kiosk.holdsTheatreSeats(CAPPED_SESSION, 1, cap + 1);
        sale.continueAsGuest(null);
        model.shown();
        List<String> seats = hold.seatIds();
        seats.subList(0, cap).forEach(seat -> model.sellAs(seat, TicketType.HALF));
        assertThat(model.halfPriceRefusedProperty().get()).isEmpty();

        model.sellAs(seats.get(cap), TicketType.HALF);

        assertThat(model.halfPriceRefusedProperty().get()).isEqualTo("Restam só " + cap
                + " meias-entradas para esta sessão. Troque meia-entrada por inteira para pagar.");
        assertThat(model.placedProperty().get()).as("nothing to pay while refused").isFalse();
        assertThat(model.totalProperty().get()).as("the total of the seats as marked, not a blank")
                .isEqualTo(reais((cap + 1) * 4000L));
        assertThat(model.lines()).extracting(Line::ticketType).containsOnly(TicketType.HALF);
        assertThat(model.eventProperty().get()).isEqualTo("O Auto da Compadecida");

        model.sellAs(seats.get(cap), TicketType.FULL);

        assertThat(model.halfPriceRefusedProperty().get()).isEmpty();
        assertThat(model.placedProperty().get()).isTrue();
        assertThat(model.totalProperty().get()).isEqualTo(reais(cap * 4000L + 8000));
        sale.pay(SandboxCard.APPROVES.card());
        assertThat(sale.tickets()).extracting(Ticket::ticketType).containsOnly(TicketType.HALF, TicketType.FULL)
                .filteredOn(type -> type == TicketType.HALF).hasSize(cap);
    }

    @Test
    void ticketsOnlyPrintedAreSaidSo() {
        twoSeats();
        sale.continueAsGuest(null);

        model.shown();

        assertThat(model.buyerProperty().get()).isEqualTo("Ingressos impressos aqui, sem e-mail");
    }

    @Test
    void changingSeatsGivesTheHeldSeatsBackFirst() {
        Hold hold = twoSeats();
        sale.continueAsGuest(null);
        model.shown();

        model.changeSeats();

        assertThat(sale.hold()).isEmpty();
        assertThat(statuses(hold)).containsOnly(SeatStatus.AVAILABLE);
        assertThat(kiosk.journey().places()).containsExactly(Place.SEATS);
    }

    @Test
    void seatsWhoseHoldEndedBeforeTheOrderAreChosenAgain() {
        Hold hold = twoSeats();
        sale.continueAsGuest(null);
        Terminals.kiosk(backend).call(c -> {
            c.releaseHold(hold.holdId());
            return null;
        });

        model.shown();

        assertThat(model.placedProperty().get()).isFalse();
        assertThat(kiosk.journey().places()).containsExactly(Place.SEATS);
        assertThat(kiosk.journey().message())
                .isEqualTo("O tempo acabou e os lugares foram liberados. Escolha de novo, por favor.");
    }

    /** The theatre's session whose half-price share a test lowers, so the other tests keep the law's 40 %. */
    private static final int CAPPED_SESSION = 3;

    /** The partner lowers the session's half-price share to 1 % of its seats; that many may be sold. */
    private int halfPriceCapOfOnePercent(int session) {
        BilheteriaClient partner = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
        partner.login("partner", "demo-partner");
        EventSummary theatre = sale.findEvents("Compadecida", null, null).get(0);
        return partner.editSession(theatre.sessions().get(session).id(), new SessionDraft(null, null, 1))
                .halfPriceCap();
    }

    private static String reais(long cents) {
        return Money.format(cents, "BRL", Messages.PT_BR);
    }

    private static List<SeatStatus> statuses(Hold hold) {
        return Terminals.kiosk(backend).call(c -> c.seatMap(hold.sessionId())).seats().stream()
                .filter(seat -> hold.seatIds().contains(seat.id())).map(seat -> seat.status()).toList();
    }
}
