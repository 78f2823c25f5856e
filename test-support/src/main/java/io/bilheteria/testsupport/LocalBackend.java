package io.bilheteria.testsupport;

import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.client.BilheteriaClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real backend in-process on an in-memory H2 database with the demo data (small unless asked), as the
 * apps bundle it, for tests over HTTP. It can go away and come back on the same port with the same data, as a
 * kiosk or a gate sees a backend that crashed or lost its network. A test class shares one with
 * {@code @RegisterExtension static final LocalBackend backend = new LocalBackend();}: it starts with the class
 * and is closed after its last test.
 */
public final class LocalBackend implements AutoCloseable, AfterAllCallback {
    private static final Card APPROVED = new Card("4111111111111111", "ANA SOUZA", 12, 2030, "123");
    // DB_CLOSE_DELAY=-1 keeps the in-memory database while the server is down
    private final String dbUrl = "jdbc:h2:mem:local-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final DemoData.Size demo;
    private final int port;
    private BackendServer server;

    public LocalBackend() {
        this(DemoData.Size.SMALL);
    }

    public LocalBackend(DemoData.Size demo) {
        this.demo = demo;
        this.server = start(0);
        this.port = server.port();
    }

    private BackendServer start(int onPort) {
        return BackendServer.start(BackendConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(onPort)
                .withDbUrl(dbUrl)
                .withDemo(demo)
                .withSweepEvery(Duration.ofMillis(500))
                .withPasswordIterations(1_000));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A client not logged in yet; it gives up on a backend that is down within a second. */
    public BilheteriaClient client() {
        return BilheteriaClient.builder().baseUrl(baseUrl()).connectTimeout(Duration.ofMillis(500))
                .readTimeout(Duration.ofSeconds(5)).build();
    }

    /** A client logged in as a demo account ("gate", "kiosk", "cashier"...). */
    public BilheteriaClient as(String user) {
        BilheteriaClient client = client();
        client.login(user, "demo-" + user);
        return client;
    }

    /** A cashier's client, standing in for another channel selling the same seats. */
    public BilheteriaClient cashier() {
        return as("cashier");
    }

    /** The sessions of the 200-seat demo theatre. */
    public List<String> theatreSessions() {
        return client().events("Compadecida", null, null).items().get(0).sessions().stream().map(s -> s.id()).toList();
    }

    /** Sells best-available stalls seats at the kiosk, paid. */
    public PaymentResult sell(String session, int seats) {
        return sell(session, stalls(as("kiosk"), session), seats);
    }

    /** A kiosk's paid sale of the best seats of one section. */
    public PaymentResult sell(String session, String sectionId, int seats) {
        BilheteriaClient kiosk = as("kiosk");
        var hold = kiosk.hold(HoldRequest.bestAvailable(session, sectionId, seats));
        return kiosk.pay(kiosk.createOrder(OrderRequest.of(hold.holdId())).orderId(), APPROVED);
    }

    /** A kiosk's paid sale of one stalls seat and {@code units} of a product of the theatre's: the order, with its vouchers. */
    public Order sellProduct(String session, String productName, int units) {
        BilheteriaClient kiosk = as("kiosk");
        String theatre = kiosk.events("Compadecida", null, null).items().get(0).id();
        String product = kiosk.products(theatre).items().stream().filter(p -> p.name().equals(productName))
                .findFirst().orElseThrow().id();
        var hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls(kiosk, session), 1));
        var order = kiosk.createOrder(new OrderRequest(hold.holdId(), null, List.of(new ProductLine(product, units)),
                null));
        kiosk.pay(order.orderId(), APPROVED);
        return kiosk.order(order.orderId());
    }

    private static String stalls(BilheteriaClient client, String session) {
        return client.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                .findFirst().orElseThrow().id();
    }

    /** A cashier cancels and refunds a whole order, in a till opened for it. */
    public void refund(String orderId) {
        BilheteriaClient cashier = as("cashier");
        cashier.openShift();
        cashier.cancelOrder(orderId);
    }

    /** How many unexpired tokens the account has: one per desk or client signed in as it. */
    public synchronized int tokensOf(String username) {
        return server.services().tx().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM auth_tokens t "
                        + "JOIN accounts a ON a.id = t.account_id WHERE a.username = :u")
                .bind("u", username).mapTo(Integer.class).one());
    }

    /** Stops answering; the data stays for {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Answers again on the same port, with everything sold and held before the stop. */
    public synchronized void restart() {
        if (server == null) {
            server = start(port);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Stops for good: the in-memory database, kept for {@link #restart()} until now, goes too. */
    @Override
    public void close() {
        stop();
        try (Connection c = DriverManager.getConnection(dbUrl); var st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not shut down " + dbUrl, e);
        }
    }
}
