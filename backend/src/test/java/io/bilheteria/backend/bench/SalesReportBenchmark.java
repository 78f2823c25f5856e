package io.bilheteria.backend.bench;

import io.bilheteria.api.reports.SalesBucket;
import io.bilheteria.api.reports.SalesReport;
import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.tickets.KeyEncryption;
import io.bilheteria.client.BilheteriaClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * The partner opening the sales report of the demo stadium with every one of its 60,480
 * seats sold, one paid order and ticket each, spread over 30 days: the report as JSON and as
 * CSV over HTTP, on PostgreSQL and on an H2 file. The orders are written straight into the
 * database (selling them through the API takes minutes; see {@link StadiumSellOut}). The
 * baseline, in the same run, is the same report of an event with no sale at all. Run with
 * {@code ./mvnw -B -Pbench -pl backend -am -DskipTests verify -Dbench.main=SalesReportBenchmark}
 * ({@code -Dbench.databases=h2} or {@code postgresql} for one of them).
 */
public final class SalesReportBenchmark {
    private static final int RUNS = 10;
    private static final long DAY_MS = 86_400_000L;

    private SalesReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| database | report | orders | first call ms | median ms | fastest ms | vs no sales (median) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String store : System.getProperty("bench.databases", "postgresql,h2").split(",")) {
            if (store.trim().equals("h2")) {
                Path dir = Files.createTempDirectory("report-bench-h2");
                run("H2 (file)", "jdbc:h2:file:" + dir.resolve("db"));
            } else if (store.trim().equals("postgresql")) {
                runOnPostgres();
            }
        }
        System.out.printf("cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    private static void runOnPostgres() throws Exception {
        String pg = System.getenv(TestDatabase.PG_ENV);
        if (pg == null || pg.isBlank()) {
            pg = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        }
        String schema = "bench_" + Ids.newId();
        try {
            run("PostgreSQL", pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } finally {
            try (Connection connection = DriverManager.getConnection(pg); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void run(String database, String url) throws Exception {
        BackendConfig config = BackendConfig.defaults().withHost("127.0.0.1").withPort(0).withDbUrl(url)
                .withKeyEncryption(KeyEncryption.fromValue(TestBackend.KEY_ENCRYPTION_KEY))
                .withDemo(DemoData.Size.FULL);
        try (BackendServer server = BackendServer.start(config)) {
            BilheteriaClient partner = BilheteriaClient.builder().baseUrl(server.baseUrl()).build();
            partner.login("partner", "demo-partner");
            String stadium = partner.events("Campeonato", null, null).items().get(0).id();
            String theatre = partner.events("Compadecida", null, null).items().get(0).id();
            int orders = sellOut(server, stadium);
            report(database, "no sales (theatre, baseline)", 0, partner, theatre, null);
            double baseline = median(times(partner, theatre, false));
            report(database, "JSON, by day", orders, partner, stadium, baseline);
            csv(database, orders, partner, stadium, baseline);
        }
    }

    /** One paid order with one valid ticket for every seat of the stadium's first session. */
    private static int sellOut(BackendServer server, String eventId) {
        long now = System.currentTimeMillis();
        return server.services().tx().inTransaction(h -> {
            String session = h.createQuery("SELECT id FROM sessions WHERE event_id = :e ORDER BY starts_at")
                    .bind("e", eventId).mapTo(String.class).first();
            String kiosk = h.createQuery("SELECT id FROM accounts WHERE username = 'kiosk'").mapTo(String.class).one();
            String seats = "FROM session_seats s JOIN sections c ON c.id = s.section_id WHERE s.session_id = :s";
            h.createUpdate("INSERT INTO holds (id, session_id, account_id, channel, status, created_at, expires_at, "
                    + "max_expires_at) SELECT 'bh' || CAST(s.spot_id AS VARCHAR(20)), s.session_id, :a, 'KIOSK', "
                    + "'CONVERTED', :t, :t, :t " + seats).bind("s", session).bind("a", kiosk).bind("t", now).execute();
            int sold = h.createUpdate("INSERT INTO orders (id, code, hold_id, session_id, partner_id, account_id, channel, "
                    + "status, total_cents, platform_fee_cents, partner_net_cents, currency, created_at, paid_at) "
                    + "SELECT 'bo' || CAST(s.spot_id AS VARCHAR(20)), 'B' || CAST(s.spot_id AS VARCHAR(20)), "
                    + "'bh' || CAST(s.spot_id AS VARCHAR(20)), s.session_id, e.partner_id, :a, 'KIOSK', 'PAID', "
                    + "c.price_cents, c.price_cents / 10, c.price_cents - c.price_cents / 10, 'BRL', :t, "
                    + ":t - CAST(MOD(s.spot_id, 30) AS BIGINT) * " + DAY_MS + " "
                    + "FROM session_seats s JOIN sections c ON c.id = s.section_id JOIN sessions n ON n.id = s.session_id "
                    + "JOIN events e ON e.id = n.event_id WHERE s.session_id = :s")
                    .bind("s", session).bind("a", kiosk).bind("t", now).execute();
            h.createUpdate("INSERT INTO tickets (id, order_id, session_id, spot_id, seat_key, version, qr, status, "
                    + "created_at, updated_at, price_cents) SELECT 'bt' || CAST(s.spot_id AS VARCHAR(20)), "
                    + "'bo' || CAST(s.spot_id AS VARCHAR(20)), s.session_id, s.spot_id, "
                    + "s.session_id || ':' || CAST(s.spot_id AS VARCHAR(20)), 1, 'bench', 'VALID', :t, :t, c.price_cents "
                    + seats).bind("s", session).bind("t", now).execute();
            h.createUpdate("UPDATE session_seats SET status = 'SOLD', order_id = 'bo' || CAST(spot_id AS VARCHAR(20)) "
                    + "WHERE session_id = :s").bind("s", session).execute();
            return sold;
        });
    }

    private static void report(String database, String what, int orders, BilheteriaClient partner, String eventId,
                               Double baseline) {
        double[] times = times(partner, eventId, false);
        SalesReport check = partner.eventReport(eventId, SalesBucket.DAY, null);
        if (check.totals().orders() != orders) {
            throw new IllegalStateException("the report counts " + check.totals().orders() + " orders, not " + orders);
        }
        print(database, what, orders, times, baseline);
    }

    private static void csv(String database, int orders, BilheteriaClient partner, String eventId, double baseline) {
        double[] times = times(partner, eventId, true);
        print(database, "CSV, by day", orders, times, baseline);
    }

    /** The first call, then {@link #RUNS} more; index 0 is the first. */
    private static double[] times(BilheteriaClient partner, String eventId, boolean csv) {
        double[] times = new double[RUNS + 1];
        for (int i = 0; i <= RUNS; i++) {
            long start = System.nanoTime();
            if (csv) {
                partner.eventReportCsv(eventId, SalesBucket.DAY, null);
            } else {
                partner.eventReport(eventId, SalesBucket.DAY, null);
            }
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private static void print(String database, String what, int orders, double[] times, Double baseline) {
        double[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        double median = warm[warm.length / 2];
        System.out.printf(Locale.ROOT, "| %s | %s | %,d | %.0f | %.0f | %.0f | %s |%n", database, what, orders, times[0],
                median, warm[0], baseline == null ? "1.00" : String.format(Locale.ROOT, "%.1f", median / baseline));
    }

    private static double median(double[] times) {
        double[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
