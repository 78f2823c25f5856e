package io.bilheteria.backend.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ForbiddenException;
import io.bilheteria.client.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A partner's own box office: its cashier is offered and sells only that partner's events, and
 * is refused another partner's session with a reason; the venue's cashier (no partner) sells all.
 */
class PartnerBoxOfficeTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aPartnersCashierSellsOnlyThatPartnersEvents(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient admin = backend.as("admin");
            Partner nova = partnerWithCashier(admin);
            admin.createStaffAccount(new AccountDraft("nova", "nova-senha-1", Role.PARTNER, nova.id()));
            BilheteriaClient partner = login(backend, "nova", "nova-senha-1");
            EventSummary festival = partner.createEvent(
                    new EventDraft(null, "Festival Nova", null, null, null, null, null));
            ManagedSection pista = partner.createSection(festival.id(), new SectionDraft("Pista", "#00838F", 10000L, null));
            partner.replaceLayout(pista.id(), LayoutSpec.straight(2, 10));
            String novaSession = partner.createSession(festival.id(),
                    new SessionDraft(Instant.now().plus(Duration.ofDays(10)), null)).id();
            String theatreSession = backend.theatreSession();
            String theatreStalls = backend.seatMap(theatreSession).sections().get(0).id();

            BilheteriaClient novaCashier = login(backend, "caixa.nova", "caixa-senha-1");
            novaCashier.openShift();
            assertThat(novaCashier.events(null, null, null).items()).extracting(EventSummary::title)
                    .containsExactly("Festival Nova");
            assertThat(novaCashier.events("Compadecida", null, null).items()).isEmpty();
            assertThatThrownBy(() -> novaCashier.hold(HoldRequest.bestAvailable(theatreSession, theatreStalls, 1)))
                    .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.problem().type()).isEqualTo(ProblemTypes.FORBIDDEN);
                        assertThat(e.problem().detail()).contains("only its own partner's events",
                                theatreSession, "another partner");
                    });
            assertThat(backend.seatMap(theatreSession).seats()).as("nothing held")
                    .allMatch(seat -> seat.status() != SeatStatus.HELD);

            var hold = novaCashier.hold(HoldRequest.bestAvailable(novaSession, pista.id(), 2));
            OrderCreated order = novaCashier.createOrder(OrderRequest.of(hold.holdId()));
            assertThat(novaCashier.pay(order.orderId(), Cards.APPROVED).tickets()).hasSize(2);

            BilheteriaClient venueCashier = backend.cashierOnShift();
            assertThat(venueCashier.events(null, null, null).items()).extracting(EventSummary::title)
                    .contains("Festival Nova", backend.theatre().title());
            assertThat(venueCashier.hold(HoldRequest.bestAvailable(novaSession, pista.id(), 1)).seatIds()).hasSize(1);
            assertThat(venueCashier.hold(HoldRequest.bestAvailable(theatreSession, theatreStalls, 1)).seatIds())
                    .hasSize(1);
            assertThat(backend.anonymous().events(null, null, null).items()).as("the public catalogue is whole")
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aPartnersCashierFindsRefundsAndReprintsOnlyThatPartnersOrders(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient admin = backend.as("admin");
            partnerWithCashier(admin);
            BilheteriaClient venueCashier = backend.cashierOnShift();
            String theatreSession = backend.theatreSession();
            String stalls = backend.seatMap(theatreSession).sections().get(0).id();
            var hold = venueCashier.hold(HoldRequest.bestAvailable(theatreSession, stalls, 2));
            OrderCreated created = venueCashier.createOrder(
                    new OrderRequest(hold.holdId(), null, List.of(), "ana@example.com"));
            var paid = venueCashier.pay(created.orderId(), Cards.APPROVED);
            String ticketId = paid.tickets().get(0).ticketId();
            String code = venueCashier.order(created.orderId()).code();

            BilheteriaClient novaCashier = login(backend, "caixa.nova", "caixa-senha-1");
            novaCashier.openShift();
            assertThatThrownBy(() -> novaCashier.orderByCode(code)).as("another partner's order looks unknown")
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThat(novaCashier.ordersByEmail("ana@example.com").items()).isEmpty();
            assertThatThrownBy(() -> novaCashier.refundTickets(created.orderId(), List.of(ticketId)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> novaCashier.reprintTicket(created.orderId(), ticketId, "reprint-1"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> novaCashier.cancelOrder(created.orderId()))
                    .isInstanceOf(NotFoundException.class);

            var order = venueCashier.orderByCode(code);
            assertThat(order.status()).as("untouched").isEqualTo(OrderStatus.PAID);
            assertThat(order.tickets()).hasSize(2).allMatch(ticket -> ticket.reprintCount() == 0);
            assertThat(venueCashier.ordersByEmail("ana@example.com").items()).extracting(found -> found.code())
                    .containsExactly(code);
        }
    }

    /** Nova Produções with its own box office's cashier, caixa.nova. */
    private static Partner partnerWithCashier(BilheteriaClient admin) {
        Partner nova = admin.createPartner(new PartnerDraft("Nova Produções", null, null));
        admin.createStaffAccount(new AccountDraft("caixa.nova", "caixa-senha-1", Role.CASHIER, nova.id()));
        return nova;
    }

    private static BilheteriaClient login(TestBackend backend, String user, String password) {
        BilheteriaClient client = backend.anonymous();
        client.login(user, password);
        return client;
    }
}
