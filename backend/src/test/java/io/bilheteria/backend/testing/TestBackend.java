package io.bilheteria.backend.testing;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.holds.HoldPolicy;
import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.payments.SandboxAcquirer;
import io.bilheteria.backend.tickets.KeyEncryption;
import io.bilheteria.client.BilheteriaClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A real backend on a random port over a real database, with the small demo data, and
 * clients logged in as each demo account. Closing it stops the server and drops the data.
 */
public final class TestBackend implements AutoCloseable {
    /** The key-encryption key of test backends (base64 of 32 bytes): PostgreSQL needs one, H2 takes it too. */
    public static final String KEY_ENCRYPTION_KEY = "dGVzdHMtb25seSBrZXktZW5jcnlwdGlvbiBrZXkhISE=";
    private final TestDatabase database;
    private final BackendServer server;
    private final SandboxAcquirer acquirer;

    private TestBackend(TestDatabase database, BackendServer server, SandboxAcquirer acquirer) {
        this.database = database;
        this.server = server;
        this.acquirer = acquirer;
    }

    public static TestBackend start(TestDatabase database) {
        return start(database, UnaryOperator.identity());
    }

    /** {@code tweak} adjusts the configuration, e.g. short holds for expiry tests. */
    public static TestBackend start(TestDatabase database, UnaryOperator<BackendConfig> tweak) {
        return start(database, tweak, Clock.systemUTC(), acquirer -> acquirer);
    }

    /** With the backend's clock in the test's hands. */
    public static TestBackend start(TestDatabase database, Clock clock) {
        return start(database, UnaryOperator.identity(), clock, acquirer -> acquirer);
    }

    /** With the backend's clock in the test's hands, and its card acquirer seen through {@code gateway}. */
    public static TestBackend start(TestDatabase database, Clock clock,
                                    Function<SandboxAcquirer, PaymentGateway> gateway) {
        return start(database, UnaryOperator.identity(), clock, gateway);
    }

    /** With an adjusted configuration and the backend's clock in the test's hands. */
    public static TestBackend start(TestDatabase database, UnaryOperator<BackendConfig> tweak, Clock clock) {
        return start(database, tweak, clock, acquirer -> acquirer);
    }

    private static TestBackend start(TestDatabase database, UnaryOperator<BackendConfig> tweak, Clock clock,
                                     Function<SandboxAcquirer, PaymentGateway> gateway) {
        BackendConfig config = tweak.apply(baseConfig(database.jdbcUrl()));
        SandboxAcquirer acquirer = new SandboxAcquirer(clock);
        try {
            return new TestBackend(database, BackendServer.start(config, clock, gateway.apply(acquirer)), acquirer);
        } catch (RuntimeException e) {
            database.drop();
            throw e;
        }
    }

    /**
     * Cheap password hashing and the small demo keep a test's start under a second or two; files a
     * backend writes (the mail simulator's) go under the build's target folder.
     */
    public static BackendConfig baseConfig(String jdbcUrl) {
        return BackendConfig.defaults()
                .withHost("127.0.0.1")
                .withDataDir(Path.of("target", "test-data"))
                .withPort(0)
                .withDbUrl(jdbcUrl)
                .withDemo(DemoData.Size.SMALL)
                .withPasswordIterations(1_000)
                .withHoldPolicy(HoldPolicy.defaults())
                .withSweepEvery(Duration.ofMillis(200))
                .withKeyEncryption(KeyEncryption.fromValue(KEY_ENCRYPTION_KEY));
    }

    public BackendServer server() {
        return server;
    }

    public SandboxAcquirer acquirer() {
        return acquirer;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** A client with no token. */
    public BilheteriaClient anonymous() {
        return BilheteriaClient.builder().baseUrl(baseUrl()).build();
    }

    /** A client logged in as a demo account: {@code as("kiosk")}, {@code as("cashier")}... */
    public BilheteriaClient as(String demoUser) {
        BilheteriaClient client = anonymous();
        client.login(demoUser.equals("customer") ? DemoAccounts.CUSTOMER_EMAIL : demoUser,
                DemoAccounts.password(demoUser));
        return client;
    }

    /** The demo cashier with a shift open, as a cashier must have to sell and refund. */
    public BilheteriaClient cashierOnShift() {
        BilheteriaClient cashier = as("cashier");
        cashier.openShift();
        return cashier;
    }

    public EventSummary theatre() {
        return anonymous().events("Compadecida", null, null).items().get(0);
    }

    public EventSummary stadium() {
        return anonymous().events("Campeonato", null, null).items().get(0);
    }

    /** The first session of the 200-seat demo theatre. */
    public String theatreSession() {
        return theatre().sessions().get(0).id();
    }

    public SeatMap seatMap(String sessionId) {
        return anonymous().seatMap(sessionId);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            database.drop();
        }
    }
}
