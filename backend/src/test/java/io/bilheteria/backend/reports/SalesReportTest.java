package io.bilheteria.backend.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.reports.PartnerSales;
import io.bilheteria.api.reports.PlatformReport;
import io.bilheteria.api.reports.SalesBucket;
import io.bilheteria.api.reports.SalesPoint;
import io.bilheteria.api.reports.SalesReport;
import io.bilheteria.api.reports.SalesTotals;
import io.bilheteria.api.reports.SessionSales;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partner's sales report counts what was paid and nothing else: a refund and an unpaid
 * order are left out, and every figure matches the orders themselves, in JSON and in CSV.
 */
class SalesReportTest {
    private static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aPartialRefundTakesItsTicketAndItsMoneyOutOfTheReport(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatre().sessions().get(0).id();
            BilheteriaClient cashier = backend.cashierOnShift();
            BilheteriaClient partner = backend.as("partner");
            Order order = sell(cashier, backend, session, 2, List.of());
            SalesTotals before = partner.sessionReport(session, SalesBucket.DAY, null).totals();

            Order after = cashier.refundTickets(order.orderId(), List.of(order.tickets().get(0).ticketId()));
            SalesTotals now = partner.sessionReport(session, SalesBucket.DAY, null).totals();

            assertThat(now.orders()).isEqualTo(before.orders());
            assertThat(now.ticketsSold()).isEqualTo(before.ticketsSold() - 1);
            assertThat(now.grossCents()).isEqualTo(before.grossCents() - after.refundedCents()).isPositive();
            assertThat(now.platformFeeCents()).isLessThan(before.platformFeeCents());
            assertThat(now.platformFeeCents() + now.partnerNetCents()).isEqualTo(now.grossCents());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void reportTotalsMatchThePaidOrdersAndTheCsvSaysTheSame(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            EventSummary theatre = backend.theatre();
            String first = theatre.sessions().get(0).id();
            String second = theatre.sessions().get(1).id();
            String popcorn = backend.anonymous().products(theatre.id()).items().get(0).id();
            BilheteriaClient kiosk = backend.as("kiosk");
            BilheteriaClient cashier = backend.cashierOnShift();

            List<Order> paid = new ArrayList<>();
            paid.add(sell(kiosk, backend, first, 2, List.of(new ProductLine(popcorn, 3))));
            paid.add(sell(cashier, backend, first, 1, List.of()));
            paid.add(sell(cashier, backend, second, 4, List.of()));
            Order refunded = sell(kiosk, backend, second, 2, List.of());
            cashier.cancelOrder(refunded.orderId());
            kiosk.createOrder(OrderRequest.of(kiosk.hold(HoldRequest.bestAvailable(first,
                    sectionOf(backend, first), 1)).holdId())); // never paid

            BilheteriaClient partner = backend.as("partner");
            SalesReport report = partner.eventReport(theatre.id(), SalesBucket.HOUR, null);

            SalesTotals expected = totalsOf(paid);
            assertThat(report.totals()).isEqualTo(expected);
            assertThat(report.totals().ticketsSold()).isEqualTo(7);
            assertThat(report.totals().platformFeeCents() + report.totals().partnerNetCents())
                    .isEqualTo(report.totals().grossCents());
            assertThat(report.sessions()).hasSize(theatre.sessions().size());
            SessionSales firstSales = report.sessions().stream().filter(s -> s.sessionId().equals(first))
                    .findFirst().orElseThrow();
            assertThat(firstSales.totals()).isEqualTo(totalsOf(paid.subList(0, 2)));
            assertThat(report.series()).isNotEmpty();
            assertThat(sum(report.series().stream().map(SalesPoint::totals).toList())).isEqualTo(expected);
            assertThat(report.zone()).isEqualTo("UTC");
            assertThat(report.series()).allSatisfy(p -> assertThat(p.start().toEpochMilli() % 3_600_000).isZero());

            SalesReport oneSession = partner.sessionReport(second, SalesBucket.DAY, VENUE);
            assertThat(oneSession.sessionId()).isEqualTo(second);
            assertThat(oneSession.zone()).isEqualTo("America/Sao_Paulo");
            assertThat(oneSession.series()).as("days of the venue, from its midnight").allSatisfy(p ->
                    assertThat(p.start().atZone(VENUE).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT));
            assertThat(oneSession.totals()).isEqualTo(totalsOf(paid.subList(2, 3)));
            assertThat(oneSession.sessions()).singleElement().extracting(SessionSales::sessionId).isEqualTo(second);
            assertThat(oneSession.series()).singleElement().satisfies(p -> assertThat(p.totals())
                    .isEqualTo(oneSession.totals()));

            String csv = partner.eventReportCsv(theatre.id(), SalesBucket.DAY, null);
            List<String[]> rows = Arrays.stream(csv.split("\r\n")).map(l -> l.split(",", -1)).toList();
            assertThat(rows.get(0)).containsExactly("kind", "sessionId", "start", "ticketsSold", "orders", "grossCents",
                    "platformFeeCents", "partnerNetCents", "currency");
            assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(9));
            String[] total = rows.get(1);
            assertThat(total[0]).isEqualTo("TOTAL");
            assertThat(totalsOf(total)).isEqualTo(expected);
            assertThat(rows.stream().filter(r -> r[0].equals("SESSION"))).hasSize(theatre.sessions().size());
            assertThat(sum(rows.stream().filter(r -> r[0].equals("DAY")).map(SalesReportTest::totalsOf).toList()))
                    .isEqualTo(expected);
            RawResponse byAccept = partner.raw("GET", "/partner/events/" + theatre.id() + "/report?bucket=DAY",
                    null, Map.of("Accept", "text/csv"));
            assertThat(byAccept.header("Content-Type")).startsWith("text/csv");
            assertThat(byAccept.body()).isEqualTo(csv);
            assertThat(partner.raw("GET", "/partner/events/" + theatre.id() + "/report?bucket=WEEK", null, Map.of())
                    .status()).isEqualTo(400);
            assertThat(partner.raw("GET", "/partner/events/" + theatre.id() + "/report?zone=Mars/Olympus", null,
                    Map.of()).status()).isEqualTo(400);

            PlatformReport platform = backend.as("admin").platformReport();
            assertThat(platform.totals()).isEqualTo(expected);
            assertThat(platform.partners()).singleElement().extracting(PartnerSales::totals).isEqualTo(expected);
        }
    }

    private static Order sell(BilheteriaClient seller, TestBackend backend, String session, int seats,
                              List<ProductLine> products) {
        var hold = seller.hold(HoldRequest.bestAvailable(session, sectionOf(backend, session), seats));
        OrderCreated order = seller.createOrder(new OrderRequest(hold.holdId(), null, products, null));
        seller.pay(order.orderId(), Cards.APPROVED);
        return seller.order(order.orderId());
    }

    private static String sectionOf(TestBackend backend, String session) {
        return backend.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                .findFirst().orElseThrow().id();
    }

    private static SalesTotals totalsOf(List<Order> orders) {
        return new SalesTotals(orders.stream().mapToLong(o -> o.tickets().size()).sum(), orders.size(),
                orders.stream().mapToLong(Order::totalCents).sum(),
                orders.stream().mapToLong(Order::platformFeeCents).sum(),
                orders.stream().mapToLong(Order::partnerNetCents).sum());
    }

    private static SalesTotals totalsOf(String[] csvRow) {
        return new SalesTotals(Long.parseLong(csvRow[3]), Long.parseLong(csvRow[4]), Long.parseLong(csvRow[5]),
                Long.parseLong(csvRow[6]), Long.parseLong(csvRow[7]));
    }

    private static SalesTotals sum(List<SalesTotals> parts) {
        return new SalesTotals(parts.stream().mapToLong(SalesTotals::ticketsSold).sum(),
                parts.stream().mapToLong(SalesTotals::orders).sum(),
                parts.stream().mapToLong(SalesTotals::grossCents).sum(),
                parts.stream().mapToLong(SalesTotals::platformFeeCents).sum(),
                parts.stream().mapToLong(SalesTotals::partnerNetCents).sum());
    }
}
