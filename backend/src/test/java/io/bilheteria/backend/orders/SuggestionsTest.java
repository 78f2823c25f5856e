package io.bilheteria.backend.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.orders.Suggestions;
import io.bilheteria.api.products.Product;
import io.bilheteria.backend.mail.MailOutboxRepository;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.Smtp;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.NotFoundException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What is offered after a sale, and to a buyer who gave up. */
class SuggestionsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void afterASaleTheProductsNotBoughtAndTheOtherSessionsWithSeatsNearestFirst(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            EventSummary theatre = backend.theatre();
            BilheteriaClient kiosk = backend.as("kiosk");
            SessionSummary second = theatre.sessions().get(1);
            buy(backend.cashierOnShift(), backend, theatre.sessions().get(0).id(), List.of("Refrigerante"), null);
            Order order = buy(kiosk, backend, second.id(), List.of("Pipoca"), null);

            Suggestions offered = kiosk.suggestions(order.orderId());

            assertThat(offered.products()).extracting(Product::name).doesNotContain("Pipoca")
                    .contains("Refrigerante", "Programa da peça");
            assertThat(offered.products()).first().extracting(Product::name)
                    .as("the best seller among the others").isEqualTo("Refrigerante");
            assertThat(offered.sessions()).extracting(SessionSummary::id).doesNotContain(second.id())
                    .isNotEmpty();
            assertThat(offered.sessions()).allSatisfy(s -> assertThat(s.availableSeats()).isPositive());
            List<Duration> distances = offered.sessions().stream()
                    .map(s -> Duration.between(second.startsAt(), s.startsAt()).abs()).toList();
            assertThat(distances).as("nearest in time first").isSorted();
        }
    }

    @Test
    void theBuyersOwnHistoryComesFirst() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            EventSummary theatre = backend.theatre();
            BilheteriaClient customer = backend.as("customer");
            List<SessionSummary> sessions = theatre.sessions();
            // Ana bought a programme once, and gave up on the last session
            buy(customer, backend, sessions.get(0).id(), List.of("Programa da peça"), null);
            SessionSummary last = sessions.get(sessions.size() - 1);
            Hold given = customer.hold(HoldRequest.bestAvailable(last.id(), stalls(backend, last.id()), 1));
            customer.createOrder(OrderRequest.of(given.holdId()));
            customer.releaseHold(given.holdId());

            Order order = buy(customer, backend, sessions.get(1).id(), List.of(), null);
            Suggestions offered = customer.suggestions(order.orderId());

            assertThat(offered.products()).first().extracting(Product::name).isEqualTo("Programa da peça");
            assertThat(offered.sessions()).first().extracting(SessionSummary::id)
                    .as("the session she gave up on").isEqualTo(last.id());
            assertThat(offered.sessions()).extracting(SessionSummary::id)
                    .as("not one she has tickets for").doesNotContain(sessions.get(0).id());
            assertThatThrownBy(() -> backend.as("kiosk").suggestions(order.orderId()))
                    .as("another seller's order").isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aBuyerWhoGaveUpIsMailedTheOtherSessionsOnceAndNotAfterBuying(TestDatabase db) throws Exception {
        GreenMail smtp = Smtp.onAFreePort();
        smtp.start();
        try (TestBackend backend = TestBackend.start(db, config -> config.withMail(Smtp.settings(smtp)))) {
            List<SessionSummary> sessions = backend.theatre().sessions();
            BilheteriaClient kiosk = backend.as("kiosk");
            var outbox = new MailOutboxRepository(backend.server().services().tx());

            OrderCreated gaveUp = orderFor(kiosk, backend, sessions.get(0).id(), "bia@example.com");
            kiosk.releaseHold(holdOf(backend, gaveUp));
            assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
            MimeMessage offer = smtp.getReceivedMessages()[0];
            assertThat(offer.getAllRecipients()[0].toString()).isEqualTo("bia@example.com");
            assertThat(offer.getSubject()).isEqualTo("Ainda dá tempo: O Auto da Compadecida");
            assertThat(GreenMailUtil.getBody(offer)).contains("lugares livres");

            // Caio gives up on one session after buying another: nothing is offered to him
            OrderCreated first = orderFor(kiosk, backend, sessions.get(0).id(), "caio@example.com");
            String firstHold = holdOf(backend, first);
            buy(kiosk, backend, sessions.get(1).id(), List.of(), "caio@example.com");
            kiosk.releaseHold(firstHold);
            backend.server().deliverMailNow().get(30, TimeUnit.SECONDS);
            assertThat(outbox.find(AbandonedOrderMail.KIND, first.orderId())
                    .map(e -> e.status().equals("SKIPPED")).orElse(false)).as("Caio's offer skipped").isTrue();

            backend.server().deliverMailNow().get(30, TimeUnit.SECONDS);
            assertThat(outbox.find(AbandonedOrderMail.KIND, gaveUp.orderId())
                    .map(e -> e.status().equals("SENT")).orElse(false)).as("Bia's offer marked sent").isTrue();
            assertThat(smtp.getReceivedMessages()).as("Bia's offer and Caio's receipt, no offer to Caio")
                    .extracting(m -> m.getAllRecipients()[0].toString())
                    .containsExactlyInAnyOrder("bia@example.com", "caio@example.com");
            assertThat(smtp.getReceivedMessages()).filteredOn(m -> subject(m).startsWith("Ainda dá tempo")).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String holdOf(TestBackend backend, OrderCreated order) {
        return Sql.strings(backend, "SELECT hold_id FROM orders WHERE id = ?", order.orderId()).get(0);
    }

    private static String stalls(TestBackend backend, String session) {
        return Sales.stalls(backend, session).id();
    }

    private static OrderCreated orderFor(BilheteriaClient seller, TestBackend backend, String session, String email) {
        Hold hold = seller.hold(HoldRequest.bestAvailable(session, stalls(backend, session), 1));
        return seller.createOrder(new OrderRequest(hold.holdId(), null, List.of(), email));
    }

    private static Order buy(BilheteriaClient seller, TestBackend backend, String session, List<String> products,
                             String email) {
        Hold hold = seller.hold(HoldRequest.bestAvailable(session, stalls(backend, session), 1));
        List<Product> catalog = seller.products(backend.theatre().id()).items();
        List<ProductLine> lines = products.stream().map(name -> new ProductLine(catalog.stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow().id(), 1)).toList();
        OrderCreated created = seller.createOrder(new OrderRequest(hold.holdId(), null, lines, email));
        seller.pay(created.orderId(), Cards.APPROVED);
        return seller.order(created.orderId());
    }

}
