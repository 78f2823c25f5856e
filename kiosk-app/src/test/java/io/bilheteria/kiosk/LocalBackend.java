package io.bilheteria.kiosk;

import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.kiosk.sale.KioskBackend;
import java.util.UUID;

/** A real backend on an in-memory H2 database with the small demo data, for kiosk tests over HTTP. */
public final class LocalBackend implements AutoCloseable {
    private final BackendServer server;

    public LocalBackend() {
        this(DemoData.Size.SMALL);
    }

    public LocalBackend(DemoData.Size demo) {
        this.server = BackendServer.start(BackendConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withDbUrl("jdbc:h2:mem:kiosk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withDemo(demo)
                .withPasswordIterations(1_000));
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public KioskBackend kiosk() {
        return new KioskBackend(BilheteriaClient.builder().baseUrl(baseUrl()).build(), "kiosk", "demo-kiosk");
    }

    /** A cashier's client, standing in for another channel selling the same seats. */
    public BilheteriaClient cashier() {
        BilheteriaClient client = BilheteriaClient.builder().baseUrl(baseUrl()).build();
        client.login("cashier", "demo-cashier");
        return client;
    }

    @Override
    public void close() {
        server.close();
    }
}
