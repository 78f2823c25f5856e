package io.bilheteria.kiosk;

import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.sale.TerminalBackend;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real backend on an in-memory H2 database with the demo data (small unless asked), for kiosk tests over HTTP.
 * It can be stopped and started again on the same port with the same data, as a kiosk sees a
 * backend that crashed or lost its network and came back. A test class shares one with
 * {@code @RegisterExtension static final LocalBackend backend = new LocalBackend();}: it starts with the
 * class and is closed after its last test.
 */
public final class LocalBackend implements AutoCloseable, AfterAllCallback {
    // DB_CLOSE_DELAY=-1 keeps the in-memory database while the server is down
    private final String dbUrl = "jdbc:h2:mem:kiosk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
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
                .withSweepEvery(java.time.Duration.ofMillis(500))
                .withPasswordIterations(1_000));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public TerminalBackend kiosk() {
        return new TerminalBackend(BilheteriaClient.builder().baseUrl(baseUrl()).build(), "kiosk", "demo-kiosk");
    }

    /** A cashier's client, standing in for another channel selling the same seats. */
    public BilheteriaClient cashier() {
        BilheteriaClient client = BilheteriaClient.builder().baseUrl(baseUrl()).build();
        client.login("cashier", "demo-cashier");
        return client;
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
