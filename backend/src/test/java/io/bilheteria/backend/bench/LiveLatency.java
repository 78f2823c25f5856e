package io.bilheteria.backend.bench;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.live.SeatChange;
import io.bilheteria.api.live.SeatChangeKind;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.tickets.KeyEncryption;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.LiveStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * How long a sale at one terminal takes to reach another terminal's seat map (issue 17): from the
 * moment the seller's payment is answered to the moment the watcher knows the seats are sold, by the
 * live stream and by the 3 s polling of the seat map it replaces, both watching at once. On
 * PostgreSQL the seller and the stream's watcher use two backends sharing the database; on H2 one
 * backend. The stadium's first session, one sale of 4 best-available seats at a time.
 * Run: {@code -Dbench.main=LiveLatency} ({@code -Dbench.databases=postgresql,h2}; {@code bench.sales}, default 300).
 */
public final class LiveLatency {
    private static final int SALES = Integer.getInteger("bench.sales", 300);
    private static final int SEATS_PER_SALE = 4;
    private static final Duration POLL_EVERY = Duration.ofSeconds(3);
    private static final Duration PAUSE_BETWEEN_SALES = Duration.ofMillis(50);

    private LiveLatency() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rows = new ArrayList<>();
        for (String database : System.getProperty("bench.databases", "postgresql,h2").split(",")) {
            if (database.equals("postgresql")) {
                String pg = StadiumSellOut.benchDatabaseUrl();
                String schema = "live_" + Ids.newId();
                String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
                try (BackendServer seller = BackendServer.start(config(url));
                     BackendServer watcher = BackendServer.start(config(url))) {
                    rows.addAll(measure("PostgreSQL, two backends", seller, watcher));
                } finally {
                    try (var connection = java.sql.DriverManager.getConnection(pg);
                         var statement = connection.createStatement()) {
                        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    }
                }
            } else {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("live-latency");
                try (BackendServer backend = BackendServer.start(config("jdbc:h2:file:" + dir.resolve("bench")
                        + ";WRITE_DELAY=0"))) {
                    rows.addAll(measure("H2 (file), one backend", backend, backend));
                }
            }
        }
        System.out.printf("%n| database | watcher | sales | p50 ms | p95 ms | max ms |%n|---|---|---|---|---|---|%n");
        rows.forEach(System.out::println);
    }

    private static BackendConfig config(String url) {
        return BackendConfig.defaults().withHost("127.0.0.1").withPort(0).withDbUrl(url)
                .withKeyEncryption(KeyEncryption.fromValue(TestBackend.KEY_ENCRYPTION_KEY))
                .withDemo(DemoData.Size.FULL);
    }

    private static List<String> measure(String database, BackendServer seller, BackendServer watcher) throws Exception {
        BilheteriaClient kiosk = BilheteriaClient.builder().baseUrl(seller.baseUrl()).build();
        kiosk.login("kiosk", "demo-kiosk");
        BilheteriaClient watching = BilheteriaClient.builder().baseUrl(watcher.baseUrl())
                .readTimeout(Duration.ofSeconds(30)).build();
        String session = kiosk.events("Campeonato", null, null).items().get(0).sessions().get(0).id();
        List<Section> sections = kiosk.seatMap(session).sections();

        // seat id -> when its sale was answered (ns); each watcher records the first time it knows it sold
        Map<String, Long> soldAt = new ConcurrentHashMap<>();
        Map<String, Long> seenByStream = new ConcurrentHashMap<>();
        Map<String, Long> seenByPolling = new ConcurrentHashMap<>();
        CountDownLatch open = new CountDownLatch(1);
        LiveStream stream = watching.followSession(session, null, new LiveStream.Listener() {
            @Override
            public void opened() {
                open.countDown();
            }

            @Override
            public void seats(SeatChange change) {
                long now = System.nanoTime();
                if (change.kind() == SeatChangeKind.SOLD) {
                    change.seatIds().forEach(seat -> seenByStream.putIfAbsent(seat, now));
                }
            }
        });
        open.await(10, TimeUnit.SECONDS);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleAtFixedRate(() -> {
            List<Seat> seats = watching.seatMap(session).seats();
            long now = System.nanoTime();
            seats.stream().filter(s -> s.status() == SeatStatus.SOLD)
                    .forEach(s -> seenByPolling.putIfAbsent(s.id(), now));
        }, 0, POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        Set<String> soldBefore = Set.copyOf(seenByPolling.keySet());

        for (int i = 0; i < SALES; i++) {
            Section section = sections.get(i % sections.size());
            var hold = kiosk.hold(HoldRequest.bestAvailable(session, section.id(), SEATS_PER_SALE));
            var order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            PaymentResult paid = kiosk.pay(order.orderId(), Cards.APPROVED);
            long answered = System.nanoTime();
            paid.tickets().stream().map(Ticket::seatId).forEach(seat -> soldAt.put(seat, answered));
            Thread.sleep(PAUSE_BETWEEN_SALES.toMillis()); // a pace of sales, not a wait for the result
        }
        // done once both watchers know every seat sold (the poller at its next round at the latest)
        long deadline = System.nanoTime() + POLL_EVERY.multipliedBy(10).toNanos();
        while (!(seenByStream.keySet().containsAll(soldAt.keySet())
                && seenByPolling.keySet().containsAll(soldAt.keySet())) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        poller.shutdownNow();
        stream.close();
        return List.of(row(database, "live stream", soldAt, seenByStream, Set.of()),
                row(database, "polling every 3 s", soldAt, seenByPolling, soldBefore));
    }

    /** Latency of each sale: until the watcher knew all of its seats were sold. */
    private static String row(String database, String watcher, Map<String, Long> soldAt, Map<String, Long> seen,
                              Set<String> soldBefore) {
        Map<Long, List<String>> sales = soldAt.entrySet().stream().filter(e -> !soldBefore.contains(e.getKey()))
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        long missed = 0;
        List<Long> latencies = new ArrayList<>();
        for (var sale : sales.entrySet()) {
            long last = 0;
            boolean all = true;
            for (String seat : sale.getValue()) {
                Long at = seen.get(seat);
                if (at == null) {
                    all = false;
                } else {
                    last = Math.max(last, at);
                }
            }
            if (all) {
                latencies.add(Math.max(0, last - sale.getKey()));
            } else {
                missed++;
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("| %s | %s | %d%s | %.0f | %.0f | %.0f |", database, watcher, sorted.length,
                missed == 0 ? "" : " (" + missed + " never seen)", at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 1.0));
    }

    private static double at(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
}
