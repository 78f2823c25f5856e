package io.bilheteria.backend;

import io.bilheteria.api.auth.PasswordHasher;
import io.bilheteria.backend.admin.PartnerAdmin;
import io.bilheteria.backend.admin.StaffAdmin;
import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.backup.BackupSchedule;
import io.bilheteria.backend.backup.BackupService;
import io.bilheteria.backend.catalog.CatalogService;
import io.bilheteria.backend.checkin.CheckinService;
import io.bilheteria.backend.customers.CustomerService;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.demo.DemoOrders;
import io.bilheteria.backend.holds.HoldService;
import io.bilheteria.backend.holds.HoldSweeper;
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.live.SeatChangeFeed;
import io.bilheteria.backend.live.SeatChangeRepository;
import io.bilheteria.backend.idempotency.IdempotencyRepository;
import io.bilheteria.backend.mail.EmlFileTransport;
import io.bilheteria.backend.mail.MailOutboxRepository;
import io.bilheteria.backend.mail.MailSender;
import io.bilheteria.backend.mail.MailSettings;
import io.bilheteria.backend.mail.MailTransport;
import io.bilheteria.backend.mail.SmtpTransport;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.orders.AbandonedOrderMail;
import io.bilheteria.backend.orders.OrderSearch;
import io.bilheteria.backend.orders.OrderRepository;
import io.bilheteria.backend.orders.OrderService;
import io.bilheteria.backend.orders.PaymentRepository;
import io.bilheteria.backend.orders.PaymentReconciler;
import io.bilheteria.backend.orders.PaymentService;
import io.bilheteria.backend.orders.ReceiptMail;
import io.bilheteria.backend.orders.RefundService;
import io.bilheteria.backend.orders.SaleCompletion;
import io.bilheteria.backend.orders.SuggestionService;
import io.bilheteria.backend.orders.TicketCollection;
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
import io.bilheteria.backend.storage.EmbeddedBackups;
import io.bilheteria.backend.storage.Database;
import io.bilheteria.backend.storage.EmbeddedFile;
import io.bilheteria.backend.storage.StoreHealth;
import io.bilheteria.backend.storage.StoreRefusedException;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketSigner;
import io.bilheteria.backend.venues.SeatLayouts;
import io.bilheteria.backend.vouchers.VoucherRepository;
import io.bilheteria.backend.vouchers.VoucherService;
import io.bilheteria.backend.venues.SpotRepository;
import io.bilheteria.backend.web.ApiServer;
import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
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
    private final MailSender mail;
    private final AbandonedOrderMail abandoned;
    private final Javalin app;
    private final Services services;
    private final PaymentGateway gateway;

    private BackendServer(Database database, Housekeeping housekeeping, MailSender mail, AbandonedOrderMail abandoned,
                          Javalin app, Services services, PaymentGateway gateway) {
        this.database = database;
        this.housekeeping = housekeeping;
        this.mail = mail;
        this.abandoned = abandoned;
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
        MailSender mail = null;
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
            SeatInventoryRepository inventory = new SeatInventoryRepository(tx, clock);
            HoldService holds = new HoldService(tx, inventory, clock, config.holdPolicy(), metrics, queue);
            OrderRepository orders = new OrderRepository(tx);
            PaymentRepository payments = new PaymentRepository(tx);
            ShiftService shifts = new ShiftService(tx, clock);
            MailOutboxRepository outbox = new MailOutboxRepository(tx);
            SuggestionService suggestions = new SuggestionService(tx, clock, orders, catalog);
            AbandonedOrderMail abandoned = new AbandonedOrderMail(tx, clock, orders, suggestions, outbox);
            mail = new MailSender(outbox, List.of(new ReceiptMail(orders), abandoned), mailTransport(config, clock),
                    clock, config.sweepEvery());
            TicketReprints reprints = new TicketReprints(tx, clock, signer, orders);
            VoucherRepository voucherRows = new VoucherRepository(tx);
            VoucherService vouchers = new VoucherService(tx, clock, signer, voucherRows);
            SaleCompletion completion = new SaleCompletion(tx, clock, signer, metrics, orders, payments, inventory,
                    outbox, mail::wake, vouchers, voucherRows);
            Services services = new Services(database, storeHealth, tx, clock, auth,
                    new CustomerService(tx, auth, clock),
                    catalog,
                    holds,
                    new OrderService(tx, clock, orders, inventory),
                    new OrderSearch(orders),
                    suggestions,
                    new PaymentService(tx, clock, gateway, metrics, orders, payments, inventory, shifts, completion),
                    new RefundService(tx, clock, gateway, metrics, orders, payments, inventory, shifts, voucherRows),
                    reprints,
                    new TicketCollection(tx, orders, reprints),
                    shifts,
                    new CheckinService(tx, clock, signer, metrics),
                    vouchers,
                    queue,
                    new EventEditor(tx, clock, catalog),
                    new SectionEditor(tx),
                    new SessionEditor(tx, clock, catalog, inventory),
                    new SeatLayouts(tx, holds, new SpotRepository(tx), inventory),
                    new ProductEditor(tx),
                    new SalesReports(tx, clock),
                    new PartnerAdmin(tx, clock, auth),
                    new StaffAdmin(tx, auth),
                    backups(config, database, clock, registry),
                    new SeatChangeFeed(new SeatChangeRepository(tx), clock));
            if (config.demo() != null && new DemoData(tx, auth, clock).seedIfEmpty(config.demo())
                    && config.demo().withOnlineOrders()) {
                new DemoOrders(tx, auth, catalog, holds, services.orders(), services.payments()).buy();
            }
            IdempotencyRepository idempotency = new IdempotencyRepository(tx, clock);
            MailSender sender = mail;
            Runnable offerOtherSessions = () -> {
                if (abandoned.queue() > 0) {
                    sender.wake();
                }
            };
            Housekeeping housekeeping = new Housekeeping(new HoldSweeper(inventory, clock), offerOtherSessions,
                    new PaymentReconciler(tx, clock, gateway, payments, completion), auth, idempotency, services.live(),
                    storeHealth, config.sweepEvery());
            if (config.backups() != null) {
                housekeeping.backUpEvery(config.backups().every(), services.backups());
            }
            Javalin app = ApiServer.create(services, idempotency, registry, config.trustedProxies());
            try {
                app.start(config.host(), config.port());
            } catch (RuntimeException e) {
                housekeeping.close();
                services.live().close();
                throw e;
            }
            log.info("listening on port {}", app.port());
            return new BackendServer(database, housekeeping, mail, abandoned, app, services, gateway);
        } catch (RuntimeException e) {
            if (mail != null) {
                mail.close();
            }
            database.close();
            throw e;
        }
    }

    /**
     * Backups of an embedded database file, into the scheduled folder or else {@code backups} beside the
     * database; a schedule for any other database is refused at start, since it would never run.
     */
    private static BackupService backups(BackendConfig config, Database database, Clock clock,
                                         MeterRegistry registry) {
        Optional<EmbeddedFile> file = database.embeddedFile();
        if (file.isEmpty()) {
            String why = database.vendor() == Database.Vendor.POSTGRESQL
                    ? "PostgreSQL is backed up with its own tools (pg_dump, or base backups with WAL archiving), "
                            + "not by the backend"
                    : "an in-memory database has nothing to back up";
            if (config.backups() != null) {
                throw new StoreRefusedException("--backup-to backs up an embedded database file: " + why);
            }
            return BackupService.none(why, registry);
        }
        BackupSchedule schedule = config.backups() != null ? config.backups()
                : BackupSchedule.into(file.get().file().getParent().resolve("backups"));
        return BackupService.of(new EmbeddedBackups(database.jdbi(), schedule.directory(), schedule.keep(), clock),
                registry);
    }

    /** An SMTP server when one is set, else the mail simulator's files under the data directory. */
    private static MailTransport mailTransport(BackendConfig config, Clock clock) {
        return config.mail() != null ? new SmtpTransport(config.mail(), clock)
                : new EmlFileTransport(config.mailFolder(), MailSettings.DEFAULT_FROM, clock);
    }

    /**
     * Queues the mail of orders given up on and sends what is due, now rather than at the next
     * round; done when every message queued before the call was tried.
     */
    public Future<?> deliverMailNow() {
        abandoned.queue();
        return mail.deliverNow();
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
        services.live().close();
        mail.close();
        database.close();
    }
}
