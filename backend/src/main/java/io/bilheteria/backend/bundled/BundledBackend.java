package io.bilheteria.backend.bundled;

import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.demo.DemoData;
import java.nio.file.Path;

/**
 * The backend run inside an app's own process (kiosk, box office) when no backend URL is
 * configured, so a fresh machine with only a JDK shows a working app: an H2 file database
 * under the app's data directory, demo data seeded on first start, bound to loopback only.
 */
public final class BundledBackend implements AutoCloseable {
    private final BackendServer server;

    private BundledBackend(BackendServer server) {
        this.server = server;
    }

    public static BundledBackend start(Path dataDir) {
        BackendConfig config = BackendConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withDbUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("bilheteria"))
                .withDemo(DemoData.Size.FULL);
        return new BundledBackend(BackendServer.start(config));
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.close();
    }
}
