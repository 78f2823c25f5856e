package io.bilheteria.kiosk.browse;

import io.bilheteria.kiosk.Terminals;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.ModelParts;
import io.bilheteria.kiosk.browse.SeatsViewModel.SectionChoice;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seat choice's decisions without a stage: the model's methods called as the screen calls them,
 * against a real backend with the small demo, its calls run inline. The theatre has four sessions
 * of 200 seats (Plateia VIP 40, Plateia 120, Balcão 40); tests that change a session's seats each
 * take their own.
 */
class SeatsViewModelTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private static EventSummary theatre;
    private final ModelParts kiosk = ModelParts.on(backend);
    private final Sale sale = kiosk.sale();
    private final SeatsViewModel model = new SeatsViewModel(sale, kiosk.calls(), kiosk.messages(), ModelParts.VENUE,
            kiosk.holdClock(), kiosk.journey().on(Place.SEATS));

    @BeforeAll
    static void findTheTheatre() {
        theatre = ModelParts.on(backend).sale().findEvents("Compadecida", null, null).get(0);
    }

    @AfterEach
    void customerLeaves() {
        sale.abandon();
    }

    /** The customer chose the theatre's session {@code index}; the seat screen comes up. */
    private SeatMap onSession(int index) {
        sale.chooseEvent(theatre.id());
        SeatMap map = sale.chooseSession(theatre.sessions().get(index).id());
        model.shown();
        return map;
    }

    @Test
    void withoutASessionChosenTheCustomerIsSentToTheSessions() {
        model.shown();

        assertThat(kiosk.journey().places()).containsExactly(Place.SESSIONS);
        assertThat(model.seatMapProperty().get()).isNull();
    }

    @Test
    void theSessionIsNamedAndTwoSeatsOfTheFirstSectionAreOneTapAway() {
        SeatMap map = onSession(0);

        assertThat(model.sessionTitleProperty().get()).isEqualTo("O Auto da Compadecida · "
                + Formats.dateTime(theatre.sessions().get(0).startsAt(), ModelParts.VENUE, Messages.PT_BR));
        assertThat(model.seatMapProperty().get()).isEqualTo(map);
        assertThat(model.sections()).extracting(choice -> choice.text().get())
                .containsExactly("Plateia VIP · " + reais(12000), "Plateia · " + reais(8000), "Balcão · " + reais(5000));
        assertThat(model.chosenSectionProperty().get().name()).isEqualTo("Plateia VIP");
        assertThat(model.quantityProperty().get()).isEqualTo(2);
        assertThat(model.bestAvailableAllowed().get()).isTrue();
    }

    @Test
    void aSoldOutSectionSaysSoAndCannotBeChosen() {
        String session = theatre.sessions().get(1).id();
        List<String> vip = seatsOf(Terminals.kiosk(backend).call(c -> c.seatMap(session)), "Plateia VIP");
        backend.cashier().hold(HoldRequest.seats(session, vip.subList(0, 20)));
        backend.cashier().hold(HoldRequest.seats(session, vip.subList(20, 40)));

        onSession(1);

        SectionChoice soldOut = model.sections().get(0);
        assertThat(soldOut.soldOut()).isTrue();
        assertThat(soldOut.text().get()).isEqualTo("Plateia VIP · Esgotado");
        assertThat(model.chosenSectionProperty().get().name()).as("the first section on sale").isEqualTo("Plateia");
        model.chooseSection(soldOut.section());
        assertThat(model.chosenSectionProperty().get().name()).isEqualTo("Plateia");
    }

    @Test
    void theQuantityStaysBetweenOneAndTheMostATotemSells() {
        onSession(0);

        model.fewerSeats();
        model.fewerSeats();
        assertThat(model.quantityProperty().get()).isEqualTo(1);
        assertThat(model.fewerSeatsAllowed().get()).isFalse();
        for (int i = 0; i < Sale.MAX_SEATS + 3; i++) {
            model.moreSeats();
        }
        assertThat(model.quantityProperty().get()).isEqualTo(Sale.MAX_SEATS);
        assertThat(model.moreSeatsAllowed().get()).isFalse();
    }

    @Test
    void bestAvailableHoldsAsManySeatsAsAskedInTheChosenSectionAndGoesOnToTheAddOns() {
        SeatMap map = onSession(0);
        Section balcony = section(map, "Balcão");

        model.chooseSection(balcony);
        model.moreSeats();
        model.holdBestAvailable();

        List<String> held = sale.hold().orElseThrow().seatIds();
        assertThat(held).hasSize(3);
        assertThat(map.seats()).filteredOn(seat -> held.contains(seat.id()))
                .allMatch(seat -> seat.sectionId().equals(balcony.id()));
        assertThat(kiosk.journey().places()).containsExactly(Place.ADDONS);
        assertThat(kiosk.holdClock().isHolding()).as("the countdown shows at once").isTrue();
    }

    @Test
    void aSeatAnotherBuyerTookMeanwhileIsNamedAndLeavesTheChoice() {
        SeatMap map = onSession(2);
        List<String> wanted = seatsOf(map, "Plateia").subList(10, 12);
        Seat taken = map.seats().stream().filter(seat -> seat.id().equals(wanted.get(1))).findFirst().orElseThrow();
        backend.cashier().hold(HoldRequest.seats(map.sessionId(), List.of(taken.id())));

        model.holdSeats(wanted);

        assertThat(model.noticeProperty().get().error()).isTrue();
        assertThat(model.noticeProperty().get().text().get()).isEqualTo("Outra pessoa acabou de reservar o lugar "
                + "Plateia, fileira " + taken.row() + ", lugar " + taken.number()
                + ". Ele saiu da sua seleção: escolha outro, por favor.");
        assertThat(model.takenSeats()).containsExactly(taken.id());
        assertThat(sale.hold()).isEmpty();
        assertThat(kiosk.journey().places()).isEmpty();
    }

    @Test
    void askingForMoreSeatsThanASectionHasLeftSaysSo() {
        String session = theatre.sessions().get(3).id();
        List<String> balcony = seatsOf(Terminals.kiosk(backend).call(c -> c.seatMap(session)), "Balcão");
        backend.cashier().hold(HoldRequest.seats(session, balcony.subList(0, 20)));
        backend.cashier().hold(HoldRequest.seats(session, balcony.subList(20, 39)));
        SeatMap map = onSession(3);

        model.chooseSection(section(map, "Balcão"));
        model.holdBestAvailable();

        assertThat(model.noticeProperty().get().text().get())
                .isEqualTo("Não há lugares livres suficientes em Balcão. Escolha menos lugares ou outro setor.");
        assertThat(sale.hold()).isEmpty();
        assertThat(kiosk.journey().places()).isEmpty();
    }

    @Test
    void backFromTheAddOnsWithTheSameSeatsTheyAreNotAskedForAgain() {
        onSession(0);
        model.holdBestAvailable();
        String holdId = sale.hold().orElseThrow().holdId();
        model.hidden();

        model.shown();
        model.holdSeats(sale.hold().orElseThrow().seatIds());

        assertThat(sale.hold().orElseThrow().holdId()).isEqualTo(holdId);
        assertThat(kiosk.journey().places()).containsExactly(Place.ADDONS, Place.ADDONS);
    }

    @Test
    void whatTheCustomerIsToldFollowsTheLanguageAndGoesWhenTheyChooseASeat() {
        onSession(0);

        model.selectionFull(Sale.MAX_SEATS);
        assertThat(model.noticeProperty().get().text().get()).isEqualTo("Você pode escolher até 10 lugares por compra.");
        kiosk.messages().setLocale(Messages.ENGLISH);
        assertThat(model.noticeProperty().get().text().get()).isEqualTo("You can choose up to 10 seats per purchase.");

        model.seatAdded();
        assertThat(model.noticeProperty().get()).isNull();
    }

    private static String reais(long cents) {
        return Money.format(cents, "BRL", Messages.PT_BR);
    }

    private static List<String> seatsOf(SeatMap map, String sectionName) {
        String section = section(map, sectionName).id();
        return map.seats().stream().filter(seat -> seat.sectionId().equals(section))
                .filter(seat -> seat.status() == SeatStatus.AVAILABLE).map(Seat::id).toList();
    }

    private static Section section(SeatMap map, String name) {
        return map.sections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
