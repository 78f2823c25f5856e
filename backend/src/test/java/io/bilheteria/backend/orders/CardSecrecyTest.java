package io.bilheteria.backend.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.backend.common.Hashes;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.InvalidCardException;
import io.bilheteria.client.PaymentDeclinedException;
import io.bilheteria.client.RawResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** After a day of card payments, the full card numbers are nowhere: not in the database, not in the logs. */
class CardSecrecyTest {
    private static final String APPROVED = Cards.APPROVED.number();
    private static final String DECLINED = Cards.DECLINED.number();
    private static final String INSUFFICIENT = Cards.INSUFFICIENT_FUNDS.number();
    private static final String NOT_LUHN = Cards.NOT_LUHN.number();
    private static final List<String> SECRETS = List.of(APPROVED, DECLINED, INSUFFICIENT, NOT_LUHN);
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);


    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void fullCardNumbersReachNeitherTheDatabaseNorTheLogs(TestDatabase db) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            BilheteriaClient kiosk = backend.as("kiosk");
            String stalls = backend.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                    .findFirst().orElseThrow().id();
            Hold hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls, 2));
            OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));

            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.DECLINED))
                    .isInstanceOf(PaymentDeclinedException.class);
            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.INSUFFICIENT_FUNDS))
                    .isInstanceOf(PaymentDeclinedException.class);
            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.NOT_LUHN))
                    .isInstanceOf(InvalidCardException.class);
            String card = "{\"number\":\"" + APPROVED + "\",\"holder\":\"ANA SOUZA\",\"expMonth\":12,"
                    + "\"expYear\":2030,\"cvv\":\"123\"";
            for (String broken : List.of(
                    "{\"card\":" + card + "}",                                   // cut short: not JSON
                    "{\"card\":" + card + ",\"pin\":\"" + APPROVED + "\"}}",      // an unknown field
                    "{\"card\":" + card.replace("\"expMonth\":12", "\"expMonth\":\"" + APPROVED + "\"") + "}}")) {
                RawResponse answer = kiosk.raw("POST", "/orders/" + order.orderId() + "/payment", broken,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(answer.status()).as(broken).isEqualTo(400);
                assertThat(answer.body()).as("the refusal does not echo the card").doesNotContain(APPROVED);
            }
            kiosk.pay(order.orderId(), Cards.APPROVED);

            Order paid = backend.as("cashier").order(order.orderId());
            assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
            assertThat(paid.payment().last4()).as("what may be kept: brand and last 4").isEqualTo("1111");
            assertThat(paid.payment().brand()).isEqualTo("VISA");

            List<String> leaksInDb = new ArrayList<>();
            List<String> scanned = backend.server().services().tx().withHandle(h -> scanText(h.getConnection(),
                    value -> SECRETS.stream().filter(value::contains).findFirst(), leaksInDb));
            assertThat(scanned).as("the scan covered the payment tables")
                    .contains("payments.last4", "payments.idempotency_key", "idempotency_records.response_body",
                            "orders.email");
            assertThat(leaksInDb).as("columns holding a full card number").isEmpty();
            List<String> found = new ArrayList<>();
            backend.server().services().tx().withHandle(h -> scanText(h.getConnection(),
                    value -> value.contains("ana@example.com") ? java.util.Optional.of("ana") : java.util.Optional.empty(),
                    found));
            assertThat(found).as("the scan does find what is there").isNotEmpty();
        } finally {
            root.detachAppender(logs);
            logs.stop();
        }

        List<ILoggingEvent> events;
        synchronized (logs) {
            events = new ArrayList<>(logs.list);
        }
        assertThat(events).as("the backend logged the payment calls")
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("/payment").contains("402"));
        assertThat(events).allSatisfy(e -> {
            String text = everythingIn(e);
            assertThat(SECRETS).as("log event %s", e.getFormattedMessage()).noneMatch(text::contains);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void nothingStoredGivesTheCvvAwayToSomeoneWhoKnowsTheCardNumber(TestDatabase db) throws Exception {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient kiosk = backend.as("kiosk");
            OrderCreated order = Sales.orderInTheStalls(backend, kiosk, 2).order();
            String path = "/orders/" + order.orderId() + "/payment";
            String declined = paymentBody(DECLINED, "491");
            String approved = paymentBody(APPROVED, "737");
            assertThat(kiosk.raw("POST", path, declined, Map.of("Idempotency-Key", "k-declined")).status()).isEqualTo(402);
            assertThat(kiosk.raw("POST", path, approved, Map.of("Idempotency-Key", "k-approved")).status()).isEqualTo(200);
            assertThat(kiosk.raw("POST", path, approved, Map.of("Idempotency-Key", "k-approved")).status())
                    .as("the key still recognises its request").isEqualTo(200);
            assertThat(kiosk.raw("POST", path, paymentBody(APPROVED, "738"), Map.of("Idempotency-Key", "k-approved"))
                    .status()).as("a CVV alone is not told apart: nothing of it is kept").isEqualTo(200);
            assertThat(kiosk.raw("POST", path, paymentBody(DECLINED, "737"), Map.of("Idempotency-Key", "k-approved"))
                    .status()).as("another card is: its last four digits are kept").isEqualTo(422);

            // what an attacker with a copy of the database and the card number would try: every CVV,
            // hashed alone, with the number, and inside the very request that was sent
            Set<String> guesses = new HashSet<>();
            for (String number : List.of(APPROVED, DECLINED)) {
                guesses.add(Hashes.sha256Hex(number));
                for (int cvv = 0; cvv < 1000; cvv++) {
                    String code = String.format("%03d", cvv);
                    String body = paymentBody(number, code);
                    guesses.add(Hashes.sha256Hex(code));
                    guesses.add(Hashes.sha256Hex(number + code));
                    guesses.add(Hashes.sha256Hex(body));
                    guesses.add(Hashes.sha256Hex("POST /api/v1" + path + "\n" + body));
                }
            }
            List<String> leaks = new ArrayList<>();
            List<String> scanned = backend.server().services().tx().withHandle(h -> scanText(h.getConnection(),
                    value -> guesses.contains(value.toLowerCase()) ? java.util.Optional.of("a hash of card data")
                            // the field's name in quotes: base64 (a ticket's QR code) may hold the letters by chance
                            : value.contains("\"cvv\"") ? java.util.Optional.of("a CVV field")
                            : java.util.Optional.empty(), leaks));
            assertThat(scanned).contains("idempotency_records.request_hash", "idempotency_records.response_body");
            assertThat(leaks).isEmpty();
        }
    }

    private static String paymentBody(String number, String cvv) {
        return "{\"card\":{\"number\":\"" + number + "\",\"holder\":\"ANA SOUZA\",\"expMonth\":12,"
                + "\"expYear\":2030,\"cvv\":\"" + cvv + "\"}}";
    }

    /** Every text column of every table of the current schema; returns the columns looked at. */
    private static List<String> scanText(Connection c, java.util.function.Function<String, java.util.Optional<String>> leak,
                                         List<String> leaks) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        List<String[]> columns = new ArrayList<>();
        try (ResultSet tables = meta.getTables(c.getCatalog(), schema, "%", null)) {
            while (tables.next()) {
                String type = tables.getString("TABLE_TYPE");
                if (!"TABLE".equals(type) && !"BASE TABLE".equals(type)) {
                    continue;
                }
                String table = tables.getString("TABLE_NAME");
                try (ResultSet cols = meta.getColumns(c.getCatalog(), schema, table, "%")) {
                    while (cols.next()) {
                        if (TEXT_TYPES.contains(cols.getInt("DATA_TYPE"))) {
                            columns.add(new String[] {table, cols.getString("COLUMN_NAME")});
                        }
                    }
                }
            }
        }
        List<String> scanned = new ArrayList<>();
        for (String[] col : columns) {
            String sql = "SELECT \"" + col[1] + "\" FROM \"" + schema + "\".\"" + col[0] + "\" WHERE \"" + col[1]
                    + "\" IS NOT NULL";
            try (PreparedStatement st = c.prepareStatement(sql); ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    String value = rows.getString(1);
                    leak.apply(value).ifPresent(what -> leaks.add(col[0] + "." + col[1] + " holds " + what));
                }
            }
            scanned.add(col[0] + "." + col[1]);
        }
        return scanned;
    }

    /** The message as formatted and raw, its arguments, MDC, and any throwable with causes and stack. */
    private static String everythingIn(ILoggingEvent e) {
        StringBuilder text = new StringBuilder();
        text.append(e.getFormattedMessage()).append('\n').append(e.getMessage()).append('\n');
        if (e.getArgumentArray() != null) {
            Arrays.stream(e.getArgumentArray()).forEach(a -> text.append(a).append('\n'));
        }
        if (e.getMDCPropertyMap() != null) {
            text.append(e.getMDCPropertyMap()).append('\n');
        }
        if (e.getKeyValuePairs() != null) {
            text.append(e.getKeyValuePairs()).append('\n');
        }
        if (e.getThrowableProxy() != null) {
            text.append(ThrowableProxyUtil.asString(e.getThrowableProxy()));
        }
        return text.toString();
    }
}
