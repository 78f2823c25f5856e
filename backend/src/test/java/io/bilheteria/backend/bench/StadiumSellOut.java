package io.bilheteria.backend.bench;

import io.bilheteria.api.admin.Backup;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.backup.BackupRestore;
import io.bilheteria.backend.backup.BackupSchedule;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.tickets.KeyEncryption;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.SeatConflictException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;

/**
 * Sells out the 60,480-seat demo stadium through the HTTP API (hold best available,
 * order, pay) with many concurrent clients, and measures in the same run the ceiling of
 * the bare database: the same locked conditional updates over JDBC, no HTTP. Prints a
 * Markdown table. Not a test: run with {@code ./mvnw -B -Pbench -DskipTests verify}.
 */
public final class StadiumSellOut {
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    /** The backend's database connections; 0 (the default): the backend's own default. */
    private static final int POOL = Integer.getInteger("bench.pool", 0);
    private static final int[] GROUP_SIZES = {2, 3, 4, 5, 6};
    /** Which runs to make: {@code bare,http} (the default); profiling the HTTP path alone is quicker. */
    private static final String PATHS = System.getProperty("bench.paths", "bare,http");
    /** Stops the HTTP run after this many seconds (0: sell out); a partial run still checks every sale. */
    private static final int HTTP_SECONDS = Integer.getInteger("bench.http.seconds", 0);
    /**
     * With H2, sells out once more while backing the database up every this many seconds (0, the default: not),
     * then restores the last backup and counts what it holds against the live database.
     */
    private static final int BACKUP_SECONDS = Integer.getInteger("bench.backup.seconds", 0);
    /** The HTTP run's CPU per seat is counted from this many seconds on (a multiple of 10). */
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup.seconds", 20);

    record Result(String database, String path, int seats, double seconds, long conflicts, long[] holdLatencyNanos,
                  boolean noDoubleSale) {
        double seatsPerSecond() {
            return seats / seconds;
        }

        String percentile(double p) {
            if (holdLatencyNanos.length == 0) {
                return "-";
            }
            long[] sorted = holdLatencyNanos.clone();
            Arrays.sort(sorted);
            return String.format("%.1f", sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Result> results = new ArrayList<>();
        // -Dbench.databases=postgresql,h2 (the default) picks which stores to sell out, in that order
        for (String store : System.getProperty("bench.databases", "postgresql,h2").split(",")) {
            if (store.trim().equals("h2")) {
                Path h2Dir = Files.createTempDirectory("bench-h2");
                results.addAll(run("H2 (file)", "jdbc:h2:file:" + h2Dir.resolve("db"), null));
                if (BACKUP_SECONDS > 0) {
                    Path again = Files.createTempDirectory("bench-h2-backed-up");
                    results.addAll(run("H2 (file), backed up every " + BACKUP_SECONDS + " s",
                            "jdbc:h2:file:" + again.resolve("db"), again.resolve("backups")));
                }
            } else if (store.trim().equals("postgresql")) {
                results.addAll(runOnPostgres());
            }
        }
        System.out.printf("%n| database | path | seats | seconds | seats/s | vs bare DB | hold p50 ms | hold p99 ms | conflicts | no seat sold twice |%n");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            Result bare = results.stream().filter(b -> b.database().equals(r.database()) && b.path().startsWith("bare"))
                    .findFirst().orElse(r);
            System.out.printf("| %s | %s | %d | %.1f | %.0f | %.2f | %s | %s | %d | %s |%n", r.database(), r.path(),
                    r.seats(), r.seconds(), r.seatsPerSecond(), r.seatsPerSecond() / bare.seatsPerSecond(),
                    r.percentile(0.50), r.percentile(0.99), r.conflicts(), r.noDoubleSale() ? "yes" : "NO");
        }
        System.out.printf("%nclients: %d, cores: %d, java %s%n", CLIENTS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    /**
     * The benchmark's own database on the PostgreSQL server: its work counters and its
     * connections' CPU time are then the benchmark's alone, whatever other tests run there.
     */
    static final String BENCH_DATABASE = "bilheteria_bench";

    /** The benchmark's database on the server {@code BILHETERIA_TEST_PG_URL} names (or the local one), made if missing. */
    static String benchDatabaseUrl() throws java.sql.SQLException {
        String server = System.getenv(TestDatabase.PG_ENV);
        if (server == null || server.isBlank()) {
            server = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        }
        try (var connection = java.sql.DriverManager.getConnection(server);
             var statement = connection.createStatement();
             var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + BENCH_DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + BENCH_DATABASE);
            }
        }
        return server.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + BENCH_DATABASE);
    }

    private static List<Result> runOnPostgres() throws Exception {
        String pg = benchDatabaseUrl();
        String schema = "bench_" + Ids.newId();
        POSTGRES_URL.set(pg);
        POSTGRES_SCHEMA.set(schema);
        String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            return run("PostgreSQL", url, null);
        } finally {
            try (var connection = java.sql.DriverManager.getConnection(pg);
                 var statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** @param backups where to back the database up during the HTTP run, every {@link #BACKUP_SECONDS}; null: not */
    private static List<Result> run(String name, String url, Path backups) throws Exception {
        BackendConfig config = BackendConfig.defaults().withHost("127.0.0.1").withPort(0).withDbUrl(url)
                .withKeyEncryption(KeyEncryption.fromValue(TestBackend.KEY_ENCRYPTION_KEY))
                .withDemo(DemoData.Size.FULL);
        if (backups != null) {
            config = config.withBackups(new BackupSchedule(backups, Duration.ofSeconds(BACKUP_SECONDS), 10_000));
        }
        if (POOL > 0) {
            config = config.withMaxPoolSize(POOL);
        }
        long seedStart = System.nanoTime();
        try (BackendServer server = BackendServer.start(config)) {
            System.out.printf("%s: started with demo data in %.1f s%n", name, (System.nanoTime() - seedStart) / 1e9);
            BilheteriaClient anonymous = BilheteriaClient.builder().baseUrl(server.baseUrl()).build();
            var stadium = anonymous.events("Campeonato", null, null).items().get(0);
            String session = stadium.sessions().get(0).id();
            List<Section> sections = anonymous.seatMap(session).sections();
            Transactions tx = server.services().tx();

            List<Result> results = new ArrayList<>();
            if (PATHS.contains("bare")) {
                String bareSession = copySession(tx, stadium.id());
                Result bare = bareSellOut(name, server, bareSession, sections);
                System.out.printf("%s: bare database sold %d seats in %.1f s%n", name, bare.seats(), bare.seconds());
                results.add(bare);
            }
            if (PATHS.contains("http")) {
                Result http = httpSellOut(name, server, session, sections);
                System.out.printf("%s: HTTP sold %d seats in %.1f s%n", name, http.seats(), http.seconds());
                results.add(http);
                if (backups != null) {
                    restoreAndCount(name, server, session, backups);
                }
            }
            return results;
        }
    }

    private static Result httpSellOut(String name, BackendServer server, String session, List<Section> sections)
            throws Exception {
        BilheteriaClient kiosk = BilheteriaClient.builder().baseUrl(server.baseUrl()).build();
        kiosk.login("kiosk", "demo-kiosk");
        BilheteriaClient cashier = BilheteriaClient.builder().baseUrl(server.baseUrl()).build();
        cashier.login("cashier", "demo-cashier");
        cashier.openShift(); // a cashier sells within an open shift
        Set<String> soldOut = ConcurrentHashMap.newKeySet();
        Set<String> lastSeats = ConcurrentHashMap.newKeySet();
        AtomicLong conflicts = new AtomicLong();
        AtomicInteger seats = new AtomicInteger();
        long[][] latencies = new long[CLIENTS][];
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        var progress = Executors.newSingleThreadScheduledExecutor();
        String pgUrl = postgresUrl(server);
        Set<Long> clientThreads = ConcurrentHashMap.newKeySet();
        // CPU is counted once the JIT has compiled the sale's path: before that, compiling is most of it
        var warm = new java.util.concurrent.atomic.AtomicReference<CpuMeter.Reading>();
        AtomicInteger seatsWhenWarm = new AtomicInteger();
        AtomicLong clientCpuWhenWarm = new AtomicLong();
        progress.scheduleAtFixedRate(() -> {
            System.out.printf("%s: %d seats sold after %.0f s%n", name, seats.get(), (System.nanoTime() - start) / 1e9);
            if (warm.get() == null && System.nanoTime() - start >= WARMUP_SECONDS * 1_000_000_000L) {
                clientCpuWhenWarm.set(CpuMeter.threadsNanos(clientThreads));
                seatsWhenWarm.set(seats.get());
                warm.set(CpuMeter.read(pgUrl));
            }
            standInForAutovacuum(server);
        }, 10, 10, java.util.concurrent.TimeUnit.SECONDS);
        long stopAt = HTTP_SECONDS > 0 ? start + HTTP_SECONDS * 1_000_000_000L : Long.MAX_VALUE;
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int id = c;
            BilheteriaClient client = (c % 2 == 0 ? kiosk : cashier).withToken((c % 2 == 0 ? kiosk : cashier).token());
            workers.add(pool.submit(() -> {
                clientThreads.add(Thread.currentThread().getId());
                long[] mine = new long[40_000];
                int n = 0;
                int turn = id;
                while (soldOut.size() < sections.size() && System.nanoTime() < stopAt) {
                    Section section = sections.get(turn++ % sections.size());
                    if (soldOut.contains(section.id())) {
                        continue;
                    }
                    // the last seats of a stand go one by one, as the last buyers at a box office take them
                    int quantity = lastSeats.contains(section.id()) ? 1 : GROUP_SIZES[turn % GROUP_SIZES.length];
                    long t0 = System.nanoTime();
                    Hold hold;
                    try {
                        hold = client.hold(HoldRequest.bestAvailable(session, section.id(), quantity));
                    } catch (SeatConflictException e) {
                        conflicts.incrementAndGet();
                        if (e.getMessage().contains("sold out")) {
                            soldOut.add(section.id());
                        } else if (e.getMessage().contains("left in this section")) {
                            lastSeats.add(section.id());
                        }
                        continue;
                    }
                    mine[n++] = System.nanoTime() - t0;
                    var order = client.createOrder(OrderRequest.of(hold.holdId()));
                    client.pay(order.orderId(), Cards.APPROVED);
                    seats.addAndGet(hold.seatIds().size());
                }
                latencies[id] = Arrays.copyOf(mine, n);
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuMeter.Reading cpuAfter = CpuMeter.read(pgUrl);
        long clientCpu = CpuMeter.threadsNanos(clientThreads);
        pool.shutdown();
        progress.shutdownNow();
        if (warm.get() != null) {
            int counted = seats.get() - seatsWhenWarm.get();
            Thread.sleep(11_000);
            cpuAfter = cpuAfter.withDatabase(CpuMeter.databaseWork(pgUrl));
            System.out.printf("%s: HTTP after the first %d s, %s%n%s: HTTP %s%n%s: HTTP %s%n", name, WARMUP_SECONDS,
                    CpuMeter.between(warm.get(), cpuAfter, clientCpu - clientCpuWhenWarm.get()).perThousandSeats(counted),
                    name, CpuMeter.workPerThousandSeats(warm.get(), cpuAfter, counted),
                    name, CpuMeter.jvmThreadsBetween(warm.get(), cpuAfter));
        }
        boolean clean = verify(server.services().tx(), session, seats.get(), stopAt == Long.MAX_VALUE);
        return new Result(name, "HTTP hold+order+pay", seats.get(), seconds, conflicts.get(),
                Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray(), clean);
    }

    /**
     * This machine's PostgreSQL runs with autovacuum off; a production one has it on.
     * Without it every sold seat leaves dead index entries that later holds wade through,
     * so the benchmark vacuums the hot tables itself, as autovacuum would.
     */
    private static void standInForAutovacuum(BackendServer server) {
        if (!server.services().database().vendor().equals(io.bilheteria.backend.storage.Database.Vendor.POSTGRESQL)) {
            return;
        }
        try (var connection = java.sql.DriverManager.getConnection(POSTGRES_URL.get());
             var statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + POSTGRES_SCHEMA.get());
            statement.execute("VACUUM (ANALYZE) session_seats, holds, orders, payments, idempotency_records");
        } catch (java.sql.SQLException e) {
            System.out.println("vacuum failed: " + e.getMessage());
        }
    }

    /** The PostgreSQL database the server uses, for its work counters; null on H2. */
    private static String postgresUrl(BackendServer server) {
        return server.services().database().vendor() == io.bilheteria.backend.storage.Database.Vendor.POSTGRESQL
                ? POSTGRES_URL.get() : null;
    }

    private static final java.util.concurrent.atomic.AtomicReference<String> POSTGRES_URL =
            new java.util.concurrent.atomic.AtomicReference<>();
    private static final java.util.concurrent.atomic.AtomicReference<String> POSTGRES_SCHEMA =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** The ceiling: per group, one transaction locking and holding, one selling; no HTTP, JSON or tickets. */
    private static Result bareSellOut(String name, BackendServer server, String session, List<Section> sections)
            throws Exception {
        Transactions tx = server.services().tx();
        Set<String> soldOut = ConcurrentHashMap.newKeySet();
        AtomicInteger seats = new AtomicInteger();
        AtomicLong conflicts = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        String pgUrl = postgresUrl(server);
        CpuMeter.Reading cpuBefore = CpuMeter.read(pgUrl);
        var vacuum = Executors.newSingleThreadScheduledExecutor();
        vacuum.scheduleAtFixedRate(() -> standInForAutovacuum(server), 10, 10, java.util.concurrent.TimeUnit.SECONDS);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int id = c;
            workers.add(pool.submit(() -> {
                int turn = id;
                while (soldOut.size() < sections.size()) {
                    Section section = sections.get(turn++ % sections.size());
                    if (soldOut.contains(section.id())) {
                        continue;
                    }
                    int quantity = GROUP_SIZES[turn % GROUP_SIZES.length];
                    List<Long> free = tx.withHandle(h -> h.createQuery("SELECT spot_id FROM session_seats"
                                    + tx.useIndex("session_seats_best") + " WHERE session_id = :s AND section_id = :sec AND status = 'AVAILABLE' "
                                    + "ORDER BY session_id, section_id, status, row_rank, seat_number LIMIT :q")
                            .bind("s", session).bind("sec", section.id()).bind("q", quantity)
                            .mapTo(Long.class).list());
                    if (free.isEmpty()) {
                        soldOut.add(section.id());
                        continue;
                    }
                    String holdId = Ids.newId();
                    boolean held = tx.inTransaction(h -> lockAndHold(h, session, free, holdId));
                    if (!held) {
                        conflicts.incrementAndGet();
                        continue;
                    }
                    tx.inTransaction(h -> h.createUpdate("UPDATE session_seats SET status = 'SOLD' WHERE hold_id = :h "
                            + "AND status = 'HELD'").bind("h", holdId).execute());
                    seats.addAndGet(free.size());
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuMeter.Reading cpuAfter = CpuMeter.read(pgUrl);
        pool.shutdown();
        vacuum.shutdownNow();
        Thread.sleep(11_000);
        cpuAfter = cpuAfter.withDatabase(CpuMeter.databaseWork(pgUrl));
        System.out.printf("%s: bare %s%n%s: bare %s%n", name, CpuMeter.between(cpuBefore, cpuAfter, 0).perThousandSeats(seats.get()),
                name, CpuMeter.workPerThousandSeats(cpuBefore, cpuAfter, seats.get()));
        int sold = tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM session_seats WHERE session_id = :s "
                + "AND status = 'SOLD'").bind("s", session).mapTo(Integer.class).one());
        return new Result(name, "bare DB (JDBC)", seats.get(), seconds, conflicts.get(), new long[0],
                sold == seats.get());
    }

    private static boolean lockAndHold(Handle h, String session, List<Long> spots, String holdId) {
        List<String> statuses = h.createQuery("SELECT status FROM session_seats WHERE session_id = :s "
                        + "AND spot_id IN (<ids>) ORDER BY spot_id FOR UPDATE")
                .bind("s", session).bindList("ids", spots).mapTo(String.class).list();
        if (statuses.stream().anyMatch(s -> !s.equals("AVAILABLE"))) {
            return false;
        }
        var take = h.prepareBatch("UPDATE session_seats SET status = 'HELD', hold_id = :h, held_until = :until "
                + "WHERE session_id = :s AND spot_id = :spot AND status = 'AVAILABLE'");
        for (long spot : spots) {
            take.bind("h", holdId).bind("until", System.currentTimeMillis() + 300_000).bind("s", session)
                    .bind("spot", spot).add();
        }
        int n = java.util.stream.IntStream.of(take.execute()).sum();
        return n == spots.size();
    }

    /** A second session of the stadium with its own inventory, for the bare run. */
    private static String copySession(Transactions tx, String eventId) {
        String id = Ids.newId();
        tx.useTransaction(h -> {
            h.createUpdate("INSERT INTO sessions (id, event_id, starts_at) VALUES (:id, :e, :t)")
                    .bind("id", id).bind("e", eventId).bind("t", System.currentTimeMillis() + 86_400_000L * 30).execute();
            h.createUpdate("INSERT INTO session_seats (session_id, spot_id, section_id, row_rank, seat_number, status) "
                            + "SELECT :s, sp.id, sp.section_id, sp.row_rank, sp.seat_number, 'AVAILABLE' FROM spots sp "
                            + "JOIN sections sec ON sec.id = sp.section_id WHERE sec.event_id = :e")
                    .bind("s", id).bind("e", eventId).execute();
        });
        return id;
    }

    /**
     * Takes one more backup once the selling stopped, restores it into a fresh folder and prints whether it
     * holds exactly what the live database does, and the backups taken while selling.
     */
    private static void restoreAndCount(String name, BackendServer server, String session, Path backups)
            throws Exception {
        var taken = server.services().backups().list().items();
        Backup last = server.services().backups().takeNow();
        Path restoredDir = Files.createTempDirectory("bench-restored");
        String restored = "jdbc:h2:file:" + restoredDir.resolve("db");
        BackupRestore.restore(Path.of(last.file()), restored);
        List<Integer> live = server.services().tx().withHandle(h -> {
            try {
                return counts(h.getConnection(), session);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Integer> fromBackup;
        try (var connection = java.sql.DriverManager.getConnection(
                io.bilheteria.backend.storage.Database.h2Url(restored) + ";IFEXISTS=TRUE")) {
            fromBackup = counts(connection, session);
        }
        System.out.printf("%s: %d backups taken while selling (%s MB each at the end); the one after: %s seats sold, "
                        + "tickets valid, orders paid; restored: %s; same: %s%n", name, taken.size(),
                taken.isEmpty() ? "-" : String.format("%.1f", taken.get(0).sizeBytes() / 1e6), live, fromBackup,
                live.equals(fromBackup) ? "yes" : "NO");
    }

    private static List<Integer> counts(java.sql.Connection c, String session) throws java.sql.SQLException {
        List<Integer> counts = new ArrayList<>();
        for (String sql : List.of("SELECT COUNT(*) FROM session_seats WHERE session_id = ? AND status = 'SOLD'",
                "SELECT COUNT(*) FROM tickets WHERE session_id = ? AND status = 'VALID'",
                "SELECT COUNT(*) FROM orders WHERE session_id = ? AND status = 'PAID'")) {
            try (var st = c.prepareStatement(sql)) {
                st.setString(1, session);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    counts.add(rs.getInt(1));
                }
            }
        }
        return counts;
    }

    private static boolean verify(Transactions tx, String session, int seatsReported, boolean soldOut) {
        return tx.withHandle(h -> {
            int sold = h.createQuery("SELECT COUNT(*) FROM session_seats WHERE session_id = :s AND status = 'SOLD'")
                    .bind("s", session).mapTo(Integer.class).one();
            int tickets = h.createQuery("SELECT COUNT(*) FROM tickets WHERE session_id = :s AND status = 'VALID'")
                    .bind("s", session).mapTo(Integer.class).one();
            int distinctSeats = h.createQuery("SELECT COUNT(DISTINCT spot_id) FROM tickets WHERE session_id = :s "
                            + "AND status = 'VALID'")
                    .bind("s", session).mapTo(Integer.class).one();
            int total = h.createQuery("SELECT COUNT(*) FROM session_seats WHERE session_id = :s")
                    .bind("s", session).mapTo(Integer.class).one();
            System.out.printf("verify: %d of %d seats SOLD, %d valid tickets for %d distinct seats, %d reported%n",
                    sold, total, tickets, distinctSeats, seatsReported);
            return (sold == total || !soldOut) && tickets == sold && distinctSeats == tickets && seatsReported == sold;
        });
    }

    private StadiumSellOut() {
    }
}
