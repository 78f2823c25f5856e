package io.bilheteria.backend;

import io.bilheteria.api.auth.PasswordHasher;
import io.bilheteria.backend.admin.PartnerAdmin;
import io.bilheteria.backend.admin.StaffAdmin;
import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.catalog.CatalogService;
import io.bilheteria.backend.checkin.CheckinService;
import io.bilheteria.backend.customers.CustomerService;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.holds.HoldService;
import io.bilheteria.backend.holds.HoldSweeper;
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.idempotency.IdempotencyRepository;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.orders.OrderSearch;
import io.bilheteria.backend.orders.OrderRepository;
import io.bilheteria.backend.orders.OrderService;
import io.bilheteria.backend.orders.PaymentRepository;
import io.bilheteria.backend.orders.PaymentReconciler;
import io.bilheteria.backend.orders.PaymentService;
import io.bilheteria.backend.orders.RefundService;
import io.bilheteria.backend.orders.TicketReprints;
import io.bilheteria.backend.partners.EventEditor;
import io.bilheteria.backend.partners.ProductEditor;
import io.bilheteria.backend.partners.SectionEditor;
import io.bilheteria.backend.partners.SessionEditor;
import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.queue.VirtualQueue;
import io.bilheteria.backend.reports.SalesReports;
import io.bilheteria.backend.payments.SandboxAcquirer;
import io.bilheteria.backend.shifts.ShiftService;
import io.bilheteria.backend.storage.Database;
import io.bilheteria.backend.storage.StoreHealth;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketSigner;
import io.bilheteria.backend.venues.SeatLayouts;
import io.bilheteria.backend.venues.SpotRepository;
import io.bilheteria.backend.web.ApiServer;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running backend: database, services, sweeper and HTTP server. Started by {@link Main},
 * by tests on a random port, and in-process by the apps when no backend URL is given.
 */
public final class BackendServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackendServer.class);
    private final Database database;
    private final Housekeeping housekeeping;
    private final Javalin app;
    private final Services services;
    private final PaymentGateway gateway;

    private BackendServer(Database database, Housekeeping housekeeping, Javalin app, Services services,
                          PaymentGateway gateway) {
        this.database = database;
        this.housekeeping = housekeeping;
        this.app = app;
        this.services = services;
        this.gateway = gateway;
    }

    public static BackendServer start(BackendConfig config) {
        return start(config, Clock.systemUTC(), new SandboxAcquirer(Clock.systemUTC()));
    }

    public static BackendServer start(BackendConfig config, Clock clock, PaymentGateway gateway) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Database database = Database.open(config.effectiveDbUrl(), config.maxPoolSize(), registry,
                config.mayCreateDatabase());
        try {
            new JvmMemoryMetrics().bindTo(registry);
            SalesMetrics metrics = new SalesMetrics(registry);
            Transactions tx = new Transactions(database);
            StoreHealth storeHealth = new StoreHealth(database, tx, clock);
            AuthService auth = new AuthService(tx, new PasswordHasher(config.passwordIterations()), clock,
                    config.tokenLifetimes());
            TicketSigner signer = TicketSigner.loadOrCreate(tx, clock, config.keyEncryption(),
                    config.effectiveDbUrl(), config.dataDir());
            VirtualQueue queue = new VirtualQueue(tx, clock);
            CatalogService catalog = new CatalogService(tx, clock);
            SeatInventoryRepository inventory = new SeatInventoryRepository(tx);
            HoldService holds = new HoldService(tx, inventory, clock, config.holdPolicy(), metrics, queue);
            OrderRepository orders = new OrderRepository(tx);
            PaymentRepository payments = new PaymentRepository(tx);
            ShiftService shifts = new ShiftService(tx, clock);
            Services services = new Services(database, storeHealth, tx, clock, auth,
                    new CustomerService(tx, auth, clock),
                    catalog,
                    holds,
                    new OrderService(tx, clock, orders),
                    new OrderSearch(orders),
                    new PaymentService(tx, clock, gateway, signer, metrics, orders, payments, inventory, shifts),
                    new RefundService(tx, clock, gateway, metrics, orders, payments, inventory, shifts),
                    new TicketReprints(tx, clock, signer, orders),
                    shifts,
                    new CheckinService(tx, clock, signer, metrics),
                    queue,
                    new EventEditor(tx, clock, catalog),
                    new SectionEditor(tx),
                    new SessionEditor(tx, clock, catalog, inventory),
                    new SeatLayouts(tx, holds, new SpotRepository(tx), inventory),
                    new ProductEditor(tx),
                    new SalesReports(tx, clock),
                    new PartnerAdmin(tx, clock, auth),
                    new StaffAdmin(tx, auth));
            if (config.demo() != null) {
                new DemoData(tx, auth, clock).seedIfEmpty(config.demo());
            }
            IdempotencyRepository idempotency = new IdempotencyRepository(tx, clock);
            Housekeeping housekeeping = new Housekeeping(new HoldSweeper(inventory, clock),
                    new PaymentReconciler(tx, clock, gateway, signer, metrics, orders, payments, inventory), auth, idempotency, storeHealth,
                    config.sweepEvery());
            Javalin app = ApiServer.create(services, idempotency, registry, config.trustedProxies());
            try {
                app.start(config.host(), config.port());
            } catch (RuntimeException e) {
                housekeeping.close();
                throw e;
            }
            log.info("listening on port {}", app.port());
            return new BackendServer(database, housekeeping, app, services, gateway);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Services services() {
        return services;
    }

    public PaymentGateway gateway() {
        return gateway;
    }

    @Override
    public void close() {
        app.stop();
        housekeeping.close();
        database.close();
    }
}
