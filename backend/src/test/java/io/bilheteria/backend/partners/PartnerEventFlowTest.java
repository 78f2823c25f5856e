package io.bilheteria.backend.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.partners.ProductDraft;
import io.bilheteria.api.partners.SeatEdit;
import io.bilheteria.api.partners.SeatPosition;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.api.products.Product;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.JsonText;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ConflictException;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.client.RawResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A partner puts a new event on sale from nothing: event, section, a generated curved layout,
 * a session; a kiosk sells a seat of it; from then on the layout is frozen, and another
 * partner cannot even see the event.
 */
class PartnerEventFlowTest {
    private static final Instant NEXT_MONTH = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aPartnerBuildsAnEventWithACurvedLayoutAndAKioskSellsASeatOfIt(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient partner = backend.as("partner");
            EventSummary event = partner.createEvent(new EventDraft(null, "Quarteto de Cordas", "Haydn e Villa-Lobos",
                    "Música", "Sala Cecília Meireles", "Rio de Janeiro", "https://img.example.com/quarteto.jpg"));
            assertThat(event.posterUrl()).isEqualTo("https://img.example.com/quarteto.jpg");
            assertThat(partner.partnerEvents(null).items()).extracting(EventSummary::id).contains(event.id());

            ManagedSection stalls = partner.createSection(event.id(), new SectionDraft("Plateia", "#1565c0", 9000L, null));
            assertThat(stalls.color()).isEqualTo("#1565C0");
            LayoutSpec curved = LayoutSpec.curved(4, 12, 15).withAislesAfter(List.of(6))
                    .withAccessible(List.of(new SeatPosition("D", 1), new SeatPosition("D", 12)));

            SeatMap preview = partner.previewLayout(stalls.id(), curved);
            assertThat(preview.seats()).hasSize(48);
            assertThat(partner.sectionLayout(stalls.id()).seats()).as("a preview saves nothing").isEmpty();

            SeatMap laidOut = partner.replaceLayout(stalls.id(), curved);
            assertThat(laidOut.seats()).hasSize(48);
            assertThat(laidOut.seats()).extracting(Seat::x).containsExactlyElementsOf(
                    preview.seats().stream().map(Seat::x).toList());
            assertThat(laidOut.seats().stream().filter(Seat::accessible).map(s -> s.row() + s.number()))
                    .containsExactlyInAnyOrder("D1", "D12");

            SessionSummary session = partner.createSession(event.id(), new SessionDraft(NEXT_MONTH, null));
            assertThat(session.totalSeats()).isEqualTo(48);
            assertThat(backend.anonymous().events("Quarteto", null, null).items()).hasSize(1);

            BilheteriaClient kiosk = backend.as("kiosk");
            SeatMap forSale = kiosk.seatMap(session.id());
            Map<String, Seat> byId = forSale.seats().stream().collect(Collectors.toMap(Seat::id, s -> s));
            assertThat(byId.values()).extracting(Seat::x)
                    .containsExactlyInAnyOrderElementsOf(laidOut.seats().stream().map(Seat::x).toList());
            Hold hold = kiosk.hold(HoldRequest.bestAvailable(session.id(), stalls.id(), 1));
            assertThat(byId.get(hold.seatIds().get(0)).row()).as("best available: front row").isEqualTo("A");
            OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            assertThat(order.totalCents()).isEqualTo(9000);
            PaymentResult paid = kiosk.pay(order.orderId(), Cards.APPROVED);
            assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
            assertThat(kiosk.seatMap(session.id()).seats().stream().filter(s -> s.id().equals(hold.seatIds().get(0))))
                    .singleElement().extracting(Seat::status).isEqualTo(SeatStatus.SOLD);

            // sold: the layout is frozen, the sold seat cannot go, the session cannot be deleted
            assertThatThrownBy(() -> partner.replaceLayout(stalls.id(), LayoutSpec.straight(2, 10)))
                    .isInstanceOf(ConflictException.class)
                    .satisfies(e -> {
                        var problem = ((ConflictException) e).problem();
                        assertThat(problem.type()).isEqualTo(ProblemTypes.CONFLICT);
                        assertThat(problem.detail()).contains("cannot change").contains("1 seats are sold");
                    });
            assertThatThrownBy(() -> partner.removeSeat(hold.seatIds().get(0))).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> partner.deleteSession(session.id())).isInstanceOf(ConflictException.class);
            assertThat(partner.sectionLayout(stalls.id()).seats()).hasSize(48);
            // a refund frees the seat but the ticket stays on record: still frozen
            backend.cashierOnShift().cancelOrder(order.orderId());
            assertThatThrownBy(() -> partner.replaceLayout(stalls.id(), LayoutSpec.straight(2, 10)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("tickets were issued");

            // other changes stay possible: move the session, reprice, mark a seat accessible, products
            Instant later = NEXT_MONTH.plus(Duration.ofDays(1));
            assertThat(partner.editSession(session.id(), new SessionDraft(later, null)).startsAt()).isEqualTo(later);
            assertThat(partner.editSection(stalls.id(), new SectionDraft(null, null, 9500L, null)).priceCents())
                    .isEqualTo(9500);
            String other = laidOut.seats().get(20).id();
            assertThat(partner.editSeat(other, new SeatEdit(true)).accessible()).isTrue();
            Product program = partner.createProduct(event.id(), new ProductDraft("Programa", 1500L, 40));
            assertThat(partner.editProduct(program.id(), new ProductDraft(null, null, 35)).stock()).isEqualTo(35);
            assertThat(backend.anonymous().products(event.id()).items()).extracting(Product::name).containsExactly("Programa");
            EventSummary renamed = partner.editEvent(event.id(), new EventDraft(null, "Quarteto de Cordas — extra",
                    null, null, null, null, null));
            assertThat(renamed.title()).endsWith("extra");
            assertThat(renamed.city()).isEqualTo("Rio de Janeiro");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void unsoldLayoutsAndSessionsChangeFreelyAndSeatsComeAndGoInEverySession(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient partner = backend.as("partner");
            EventSummary event = partner.createEvent(new EventDraft(null, "Stand-up", null, null, null, null, null));
            ManagedSection pista = partner.createSection(event.id(), new SectionDraft("Pista", "#2E7D32", 5000L, null));
            SessionSummary first = partner.createSession(event.id(), new SessionDraft(NEXT_MONTH, null));
            SessionSummary second = partner.createSession(event.id(), new SessionDraft(NEXT_MONTH.plusSeconds(7200), null));
            assertThat(first.totalSeats()).as("no layout yet").isZero();

            partner.replaceLayout(pista.id(), LayoutSpec.straight(2, 5));
            // a hold that is given back leaves the layout free to change again
            BilheteriaClient cashier = backend.as("cashier");
            Hold hold = cashier.hold(HoldRequest.bestAvailable(second.id(), pista.id(), 2));
            assertThatThrownBy(() -> partner.replaceLayout(pista.id(), LayoutSpec.straight(3, 4)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("2 held");
            cashier.releaseHold(hold.holdId());
            SeatMap again = partner.replaceLayout(pista.id(), LayoutSpec.straight(3, 4));

            assertThat(again.seats()).hasSize(12);
            assertThat(backend.seatMap(first.id()).seats()).hasSize(12);
            assertThat(backend.seatMap(second.id()).seats()).hasSize(12);
            partner.removeSeat(again.seats().get(0).id());
            assertThat(backend.seatMap(second.id()).seats()).hasSize(11);
            assertThat(partner.sections(event.id()).items()).singleElement().extracting(ManagedSection::seatCount)
                    .isEqualTo(11);
            assertThat(cashier.hold(HoldRequest.bestAvailable(first.id(), pista.id(), 3)).seatIds()).hasSize(3);

            partner.deleteSession(second.id());
            assertThatThrownBy(() -> backend.seatMap(second.id())).isInstanceOf(NotFoundException.class);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM session_seats WHERE session_id = ?", second.id()))
                    .isZero();
            assertThatThrownBy(() -> partner.createSession(event.id(), new SessionDraft(Instant.now().minusSeconds(60), null)))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> partner.createEvent(new EventDraft(null, "Sem pôster", null, null, null, null,
                    "javascript:alert(1)"))).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> partner.createSection(event.id(), new SectionDraft("Camarote", "red", 1L, null)))
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aPartnerCannotSeeNorChangeAnotherPartnersEventWhileTheAdminCan(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient admin = backend.as("admin");
            String rival = admin.createPartner(new PartnerDraft("Rival Produções", null, null)).id();
            admin.createStaffAccount(new AccountDraft("rival", "rival-senha", Role.PARTNER, rival));
            BilheteriaClient other = backend.anonymous();
            other.login("rival", "rival-senha");
            EventSummary theatre = backend.theatre();
            String section = backend.seatMap(theatre.sessions().get(0).id()).sections().get(0).id();
            String session = theatre.sessions().get(0).id();
            String seat = backend.seatMap(session).seats().get(0).id();

            assertThat(other.partnerEvents(null).items()).isEmpty();
            assertThatThrownBy(() -> other.editEvent(theatre.id(), new EventDraft(null, "Meu", null, null, null, null,
                    null))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> other.sections(theatre.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> other.createSession(theatre.id(), new SessionDraft(NEXT_MONTH, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> other.deleteSession(session)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> other.replaceLayout(section, LayoutSpec.straight(1, 1)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> other.removeSeat(seat)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> other.eventReport(theatre.id(), null, null)).isInstanceOf(NotFoundException.class);
            assertThat(backend.seatMap(session).seats()).hasSize(200);

            EventSummary forRival = admin.createEvent(new EventDraft(rival, "Show do Rival", null, null, null, null, null));
            assertThat(forRival.partnerId()).isEqualTo(rival);
            assertThat(other.partnerEvents(null).items()).extracting(EventSummary::id).containsExactly(forRival.id());
            assertThat(admin.partnerEvents(rival).items()).extracting(EventSummary::id).containsExactly(forRival.id());
            assertThat(admin.sections(theatre.id()).items()).hasSize(3);
            assertThatThrownBy(() -> admin.createEvent(new EventDraft(null, "De quem?", null, null, null, null, null)))
                    .as("an admin names the partner").isInstanceOf(InvalidRequestException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void mistakesInBackOfficeRequestsAre400sAndARepeatedKeyCreatesOnce(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient partner = backend.as("partner");
            String section = partner.sections(backend.theatre().id()).items().get(0).id();
            String layout = "/partner/sections/" + section + "/layout";

            for (String body : List.of("{\"rows\":\"x\",\"seatsPerRow\":3}", "{\"rows\":2,\"seatsPerRow\":3,\"shape\":\"ROUND\"}",
                    "{\"rows\":2}", "{\"rows\":2,\"seatsPerRow\":3,\"colour\":\"red\"}", "null")) {
                RawResponse answer = partner.raw("POST", layout + "/preview", body, Map.of());
                assertThat(answer.status()).as(body).isEqualTo(400);
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            }
            assertThat(partner.raw("PUT", layout, null, Map.of()).status()).isEqualTo(400);
            assertThat(partner.raw("PATCH", "/partner/seats/not-a-seat", "{\"accessible\":true}", Map.of()).status())
                    .isEqualTo(404);
            assertThat(partner.raw("GET", "/partner/events/" + backend.theatre().id() + "/report?format=xml", null,
                    Map.of()).status()).isEqualTo(400);

            String event = JsonText.write(new EventDraft(null, "Uma vez só", null, null, null, null, null));
            Map<String, String> key = Map.of("Idempotency-Key", "create-once");
            RawResponse first = partner.raw("POST", "/partner/events", event, key);
            RawResponse again = partner.raw("POST", "/partner/events", event, key);
            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(partner.partnerEvents(null).items()).filteredOn(e -> e.title().equals("Uma vez só")).hasSize(1);
        }
    }
}
