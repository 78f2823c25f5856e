package io.bilheteria.backend.bench;

import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.tickets.KeyEncryption;
import io.bilheteria.client.BilheteriaClient;
import java.time.Duration;
import java.util.List;

/**
 * What one sale of the stadium costs the database and the backend, one client, one sale at a
 * time: PostgreSQL's commits, rows read and buffer hits, and the bytes the JVM allocates, per
 * sale of 4 best-available seats (hold, order, card payment). These are counts, not times, so
 * two builds compare on a busy machine too. First it counts the statements PostgreSQL executes
 * per sale, everything the three requests cause (authentication and idempotency included), on a
 * backend of its own whose connections log every statement. Run: {@code -Dbench.main=SaleCost}.
 */
public final class SaleCost {
    private static final int WARM_UP_SALES = Integer.getInteger("bench.warmup.sales", 300);
    private static final int SALES = Integer.getInteger("bench.sales", 500);
    private static final int SEATS_PER_SALE = 4;
    private static final int COUNTED_SALES = Integer.getInteger("bench.counted.sales", 50);

    private SaleCost() {
    }

    public static void main(String[] args) throws Exception {
        String pg = StadiumSellOut.benchDatabaseUrl();
        countStatements(pg);
        String schema = "cost_" + Ids.newId();
        try (BackendServer server = BackendServer.start(config(pg, schema, false))) {
            BilheteriaClient kiosk = kiosk(server);
            String session = stadiumSession(kiosk);
            List<Section> sections = kiosk.seatMap(session).sections();
            sell(kiosk, session, sections, WARM_UP_SALES);
            Thread.sleep(11_000); // PostgreSQL's idle connections report their counters within 10 s
            CpuMeter.Reading before = CpuMeter.read(pg);
            sell(kiosk, session, sections, SALES);
            CpuMeter.Reading after = CpuMeter.read(pg);
            Thread.sleep(11_000);
            after = after.withDatabase(CpuMeter.databaseWork(pg));
            CpuMeter.DatabaseWork db = after.database().minus(before.database());
            System.out.printf("%nper sale of %d seats (hold, order, pay), %d sales after %d to warm up:%n"
                            + "  PostgreSQL: %.1f commits, %.1f rollbacks, %.0f buffer hits, %.0f rows read, %.2f ms CPU%n"
                            + "  backend and client JVM: %.0f kB allocated, %.2f ms CPU%n",
                    SEATS_PER_SALE, SALES, WARM_UP_SALES, db.commits() / (double) SALES, db.rollbacks() / (double) SALES,
                    db.bufferHits() / (double) SALES, db.rowsRead() / (double) SALES,
                    (after.postgresNanos() - before.postgresNanos()) / 1e6 / SALES,
                    (after.allocatedBytes() - before.allocatedBytes()) / 1e3 / SALES,
                    (after.jvmNanos() - before.jvmNanos()) / 1e6 / SALES);
            printTableReads(pg, schema, WARM_UP_SALES + SALES);
        } finally {
            dropSchema(pg, schema);
        }
    }

    /** Statements per sale as PostgreSQL logs them, by statement, on a backend whose connections log them all. */
    private static void countStatements(String pg) throws Exception {
        StatementLog log = StatementLog.open(pg);
        String schema = "count_" + Ids.newId();
        try (BackendServer server = BackendServer.start(config(pg, schema, true))) {
            BilheteriaClient kiosk = kiosk(server);
            String session = stadiumSession(kiosk);
            List<Section> sections = kiosk.seatMap(session).sections();
            sell(kiosk, session, sections, 20);
            log.mark();
            sell(kiosk, session, sections, COUNTED_SALES);
            var counts = log.sinceMark(StadiumSellOut.BENCH_DATABASE);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("%nstatements PostgreSQL executed per sale of %d seats (hold, order, pay; BEGIN and COMMIT aside),"
                    + " over %d sales: %.2f%n", SEATS_PER_SALE, COUNTED_SALES, total / (double) COUNTED_SALES);
            counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> System.out.printf("  %5.2f  %s%n", e.getValue() / (double) COUNTED_SALES, e.getKey()));
        } finally {
            dropSchema(pg, schema);
        }
    }

    /** No sweeper during the counts: it would add its own statements. */
    private static BackendConfig config(String pg, String schema, boolean logStatements) {
        String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + (logStatements ? "&" + StatementLog.LOG_EVERY_STATEMENT : "");
        return BackendConfig.defaults().withHost("127.0.0.1").withPort(0).withDbUrl(url)
                .withKeyEncryption(KeyEncryption.fromValue(TestBackend.KEY_ENCRYPTION_KEY))
                .withDemo(DemoData.Size.FULL).withSweepEvery(Duration.ofHours(1));
    }

    private static BilheteriaClient kiosk(BackendServer server) {
        BilheteriaClient kiosk = BilheteriaClient.builder().baseUrl(server.baseUrl()).build();
        kiosk.login("kiosk", "demo-kiosk");
        return kiosk;
    }

    private static String stadiumSession(BilheteriaClient kiosk) {
        return kiosk.events("Campeonato", null, null).items().get(0).sessions().get(0).id();
    }

    private static void dropSchema(String pg, String schema) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(pg);
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** Where the rows read come from: each table's scans over the whole run (warm-up included), per sale. */
    private static void printTableReads(String pg, String schema, int sales) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(pg);
             var query = connection.prepareStatement("SELECT relname, seq_scan, seq_tup_read, idx_scan, idx_tup_fetch "
                     + "FROM pg_stat_user_tables WHERE schemaname = ? ORDER BY seq_tup_read + idx_tup_fetch DESC")) {
            query.setString(1, schema);
            try (var rs = query.executeQuery()) {
                System.out.println("  per sale, by table: sequential scans (rows), index scans (rows)");
                while (rs.next()) {
                    System.out.printf("    %-22s %6.2f (%8.0f)  %6.2f (%8.0f)%n", rs.getString(1), rs.getLong(2) / (double) sales,
                            rs.getLong(3) / (double) sales, rs.getLong(4) / (double) sales, rs.getLong(5) / (double) sales);
                }
            }
        }
    }

    private static void sell(BilheteriaClient kiosk, String session, List<Section> sections, int sales) {
        for (int i = 0; i < sales; i++) {
            Section section = sections.get(i % sections.size());
            var hold = kiosk.hold(HoldRequest.bestAvailable(session, section.id(), SEATS_PER_SALE));
            var order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            kiosk.pay(order.orderId(), Cards.APPROVED);
        }
    }
}
