package io.bilheteria.boxoffice.testing;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.sale.TerminalBackend;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real backend with the small demo for all the tests of a class that needs no stage (a view
 * model's): started before the first test, closed after the last. Each test starts a sale of its own.
 *
 * <pre>{@code @RegisterExtension static final ClassBackend backend = new ClassBackend();}</pre>
 */
public final class ClassBackend implements BeforeAllCallback, AfterAllCallback {
    /** Where the demo's venues are: the times a cashier reads. */
    public static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");
    private LocalBackend backend;

    @Override
    public void beforeAll(ExtensionContext context) {
        backend = new LocalBackend();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        backend.close();
    }

    public LocalBackend get() {
        return backend;
    }

    /** A new sale at the desk, by the demo cashier. */
    public Sale cashiersSale() {
        BilheteriaClient client = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
        return new Sale(new TerminalBackend(client, "cashier", "demo-cashier"), Clock.systemUTC(), VENUE, "caixa-1");
    }
}
