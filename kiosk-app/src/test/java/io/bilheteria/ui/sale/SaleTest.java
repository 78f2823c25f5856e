package io.bilheteria.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.client.SeatConflictException;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.kiosk.LocalBackend;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SaleTest {
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private Sale sale;

    @BeforeEach
    void newCustomer() {
        sale = new Sale(backend.kiosk(), Clock.systemUTC(), ZoneId.of("America/Sao_Paulo"));
    }

    private SeatMap theatreSession() {
        EventSummary theatre = sale.findEvents("Compadecida", null, null).get(0);
        EventSummary chosen = sale.chooseEvent(theatre.id());
        return sale.chooseSession(chosen.sessions().get(0).id());
    }

    @Test
    void aGuestBuysTwoBestSeatsAfterADeclinedCardAndGetsTwoPrintedTickets() {
        SeatMap map = theatreSession();
        Hold hold = sale.holdBestAvailable(map.sections().get(0).id(), 2);
        assertThat(hold.seatIds()).hasSize(2);
        sale.loadProducts();
        String popcorn = sale.loadProducts().stream().filter(p -> p.name().equals("Pipoca")).findFirst().orElseThrow().id();
        sale.setProductQuantity(popcorn, 2);
        sale.continueAsGuest("Visitante@Example.com");

        Review review = sale.review();
        long seats = map.sections().get(0).priceCents() * 2;
        assertThat(review.totalCents()).isEqualTo(seats + 2 * 1800);
        assertThat(review.seats()).hasSize(2);
        assertThat(review.orderCode()).isNotBlank();

        assertThat(sale.pay(SandboxCard.DECLINES.card())).isInstanceOf(PaymentOutcome.Declined.class);
        assertThat(sale.hold()).as("a declined card keeps the seats").isPresent();
        PaymentOutcome paid = sale.pay(SandboxCard.APPROVES.card());
        assertThat(paid).isInstanceOf(PaymentOutcome.Paid.class);
        assertThat(((PaymentOutcome.Paid) paid).tickets()).hasSize(2);

        SimulatedPrinter printer = new SimulatedPrinter();
        assertThat(sale.print(printer, PT_BR, ReceiptGrouping.PER_TICKET)).isEqualTo(new PrintOutcome.Printed(2));
        assertThat(printer.lastReceipts()).hasSize(2);
        assertThat(sale.refreshSeatMap().seats().stream().filter(s -> hold.seatIds().contains(s.id())))
                .allMatch(s -> s.status() == SeatStatus.SOLD);
    }

    @Test
    void aPrinterOutOfPaperFailsThePrintButNotTheSale() {
        SeatMap map = theatreSession();
        sale.holdBestAvailable(map.sections().get(0).id(), 1);
        sale.review();
        assertThat(sale.pay(SandboxCard.APPROVES.card())).isInstanceOf(PaymentOutcome.Paid.class);
        SimulatedPrinter printer = new SimulatedPrinter();
        printer.simulate(PrinterStatus.PAPER_OUT);

        PrintOutcome outcome = sale.print(printer, PT_BR, ReceiptGrouping.PER_ORDER);

        assertThat(outcome).isInstanceOf(PrintOutcome.Failed.class);
        assertThat(((PrintOutcome.Failed) outcome).status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(sale.tickets()).hasSize(1);
    }

    @Test
    void walkingAwayReleasesTheSeatsAndForgetsTheCustomer() {
        SeatMap map = theatreSession();
        Hold hold = sale.holdBestAvailable(map.sections().get(0).id(), 3);
        sale.continueAsGuest("someone@example.com");

        sale.abandon();

        assertThat(sale.hold()).isEmpty();
        assertThat(sale.buyer()).isEmpty();
        assertThat(sale.event()).isEmpty();
        String sessionId = map.sessionId();
        SeatMap after = backend.kiosk().call(c -> c.seatMap(sessionId));
        assertThat(after.seats().stream().filter(s -> hold.seatIds().contains(s.id())))
                .allMatch(s -> s.status() == SeatStatus.AVAILABLE);
    }

    @Test
    void seatsTakenByAnotherChannelAreNamedInTheConflict() {
        SeatMap map = theatreSession();
        List<String> wanted = map.seats().stream().filter(s -> s.status() == SeatStatus.AVAILABLE).limit(2)
                .map(s -> s.id()).toList();
        backend.cashier().hold(HoldRequest.seats(map.sessionId(), List.of(wanted.get(1))));

        assertThatThrownBy(() -> sale.holdSeats(wanted))
                .isInstanceOfSatisfying(SeatConflictException.class,
                        e -> assertThat(e.conflictingSeatIds()).containsExactly(wanted.get(1)));
        assertThat(sale.hold()).isEmpty();
    }

    @Test
    void aRegisteredCustomerLogsInAndTheOrderIsTheirs() {
        SeatMap map = theatreSession();
        sale.holdBestAvailable(map.sections().get(0).id(), 1);
        Buyer ana = sale.logIn("ana@example.com", "demo-customer");
        assertThat(ana.guest()).isFalse();
        sale.review();
        assertThat(sale.pay(SandboxCard.APPROVES.card())).isInstanceOf(PaymentOutcome.Paid.class);
        String code = sale.orderCode().orElseThrow();
        assertThat(backend.cashier().orderByCode(code).customerId()).isEqualTo(ana.customerId());
    }

    @Test
    void productQuantitiesAreCappedAndZeroRemovesTheLine() {
        theatreSession();
        String programme = sale.loadProducts().stream().filter(p -> p.name().startsWith("Programa")).findFirst()
                .orElseThrow().id();
        assertThat(sale.setProductQuantity(programme, 99)).isEqualTo(Sale.MAX_PER_PRODUCT);
        assertThat(sale.setProductQuantity(programme, 0)).isZero();
        assertThat(sale.productQuantities()).isEqualTo(Map.of());
    }
}
