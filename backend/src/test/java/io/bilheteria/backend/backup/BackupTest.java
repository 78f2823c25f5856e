package io.bilheteria.backend.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.admin.Backup;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ConflictException;
import io.bilheteria.client.ForbiddenException;
import io.bilheteria.client.SeatConflictException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of the embedded database taken over HTTP while kiosks sell, restored into a fresh folder
 * and opened by a backend again: nothing sold before a backup is missing from it, nothing half sold is in it.
 */
class BackupTest {
    private static final int SELLERS = 4;
    private static final int SALES_EACH = 12;

    @TempDir
    Path tmp;

    @Test
    void aBackupTakenWhileSellingRestoresWhole() throws Exception {
        TestDatabase live = TestDatabase.h2File(tmp.resolve("live"));
        Path backups = tmp.resolve("backups");
        Backup during;
        Backup after;
        Counts liveCounts;
        String soldBeforeTheLastBackup;
        String session;
        try (TestBackend backend = TestBackend.start(live,
                config -> config.withBackups(BackupSchedule.into(backups).withEvery(Duration.ofDays(1))))) {
            BilheteriaClient admin = backend.as("admin");
            session = backend.theatreSession();
            String stalls = Sales.stalls(backend, session).id();
            CountDownLatch someSold = new CountDownLatch(SALES_EACH);
            ExecutorService sellers = Executors.newFixedThreadPool(SELLERS);
            List<Future<List<Order>>> sold = new ArrayList<>();
            for (int i = 0; i < SELLERS; i++) {
                BilheteriaClient kiosk = backend.as("kiosk");
                sold.add(sellers.submit(() -> {
                    List<Order> orders = new ArrayList<>();
                    while (orders.size() < SALES_EACH) {
                        Hold hold;
                        try {
                            hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls, 2));
                        } catch (SeatConflictException e) {
                            continue; // another kiosk took those best seats first, as at a real venue
                        }
                        orders.add(Sales.paid(kiosk, OrderRequest.of(hold.holdId()), Cards.APPROVED));
                        someSold.countDown();
                    }
                    return orders;
                }));
            }
            assertThat(someSold.await(60, TimeUnit.SECONDS)).as("sales under way").isTrue();
            during = admin.backUpNow();
            List<Order> orders = new ArrayList<>();
            for (Future<List<Order>> seller : sold) {
                orders.addAll(seller.get(120, TimeUnit.SECONDS));
            }
            sellers.shutdown();
            after = admin.backUpNow();
            liveCounts = Counts.of(live.jdbcUrl());
            soldBeforeTheLastBackup = orders.get(orders.size() - 1).tickets().get(0).qr();

            assertThat(admin.backups().items()).extracting(Backup::file).containsExactly(after.file(), during.file());
        }

        Counts duringCounts = Counts.of(restored(Path.of(during.file()), "during"));
        assertThat(duringCounts.halfSold()).as("no order paid without its seats, no seat sold without its ticket")
                .isZero();
        assertThat(duringCounts.soldSeats()).isEqualTo(duringCounts.validTickets()).isPositive()
                .isLessThanOrEqualTo(liveCounts.soldSeats());
        assertThat(Counts.of(restored(Path.of(after.file()), "after"))).as("everything sold before it")
                .isEqualTo(liveCounts);
        assertThat(liveCounts.soldSeats()).isEqualTo(SELLERS * SALES_EACH * 2);

        try (TestBackend restoredBackend = TestBackend.start(TestDatabase.h2File(tmp.resolve("after")))) {
            assertThat(restoredBackend.as("gate").checkin(soldBeforeTheLastBackup, "gate-1", List.of(session)).result())
                    .as("a ticket sold before the backup enters after the restore").isEqualTo(CheckinResultType.ACCEPTED);
        }
    }

    @Test
    void onlyTheNewestAreKept() throws Exception {
        Path backups = tmp.resolve("backups");
        try (TestBackend backend = TestBackend.start(TestDatabase.h2File(tmp.resolve("live")),
                config -> config.withBackups(new BackupSchedule(backups, Duration.ofDays(1), 2)))) {
            BilheteriaClient admin = backend.as("admin");
            Files.createDirectories(backups);
            Files.writeString(backups.resolve("bilheteria-20261201-030000-000.zip.partial"), "cut off by a crash");
            admin.backUpNow();
            Backup second = admin.backUpNow();
            Backup third = admin.backUpNow();

            assertThat(admin.backups().items()).extracting(Backup::file).containsExactly(third.file(), second.file());
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(backend.baseUrl() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher lastSuccess = Pattern.compile("(?m)^bilheteria_backup_last_success_seconds (\\S+)$").matcher(metrics);
            assertThat(lastSuccess.find()).as("for an operator's alert").isTrue();
            assertThat(Double.parseDouble(lastSuccess.group(1))).isEqualTo(third.takenAt().getEpochSecond());
            try (var files = Files.list(backups)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("no half-written backup left behind, not even an older one").allMatch(name -> name.endsWith(".zip")).hasSize(2);
            }
        }
    }

    @Test
    void theScheduleTakesThemByItself() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2File(tmp.resolve("live")),
                config -> config.withBackups(new BackupSchedule(tmp.resolve("backups"), Duration.ofMillis(100), 2)))) {
            BilheteriaClient admin = backend.as("admin");
            String first = waitFor(admin, List.of()).get(0).file();

            List<Backup> later = waitFor(admin, List.of(first));

            assertThat(later).as("newer ones took the first one's place").extracting(Backup::file)
                    .doesNotContain(first).hasSizeLessThanOrEqualTo(2);
        }
    }

    /** The backups once none of {@code gone} is among them and there is one at least; 30 s at most. */
    private static List<Backup> waitFor(BilheteriaClient admin, List<String> gone) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<Backup> kept = admin.backups().items();
        while ((kept.isEmpty() || kept.stream().anyMatch(b -> gone.contains(b.file()))) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            kept = admin.backups().items();
        }
        assertThat(kept).as("backups taken on the schedule").isNotEmpty().noneMatch(b -> gone.contains(b.file()));
        return kept;
    }

    @Test
    void whatCannotBeBackedUpIsSaidPlainly() throws Exception {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            assertThatThrownBy(() -> backend.as("admin").backUpNow()).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("in-memory");
            assertThatThrownBy(() -> backend.as("cashier").backUpNow()).isInstanceOf(ForbiddenException.class);
        }
        Path unwritable = tmp.resolve("unwritable");
        Files.createDirectories(unwritable);
        try (TestBackend backend = TestBackend.start(TestDatabase.h2File(tmp.resolve("live")),
                config -> config.withBackups(BackupSchedule.into(unwritable.resolve("inside"))))) {
            Files.writeString(unwritable.resolve("inside"), "a file where the folder should be");
            assertThatThrownBy(() -> backend.as("admin").backUpNow()).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).as("the disk, not a fault of ours").isEqualTo(503));
        }
    }

    @Test
    void aScheduleForADatabaseItCannotBackUpIsRefusedAtStart() {
        assertThatThrownBy(() -> TestBackend.start(TestDatabase.h2(),
                config -> config.withBackups(BackupSchedule.into(tmp))))
                .hasMessageContaining("--backup-to backs up an embedded database file");
    }

    private Path restoredDirectory(String name) {
        return tmp.resolve(name);
    }

    /** The backup made into the database of a fresh folder: its JDBC URL. */
    private String restored(Path backup, String folder) {
        String url = "jdbc:h2:file:" + restoredDirectory(folder).toAbsolutePath().resolve("bilheteria");
        assertThat(BackupRestore.restore(backup, url)).exists();
        return url;
    }

    /** What a box office counts after a disaster: seats sold, tickets valid, orders paid, and sales half made. */
    record Counts(long soldSeats, long validTickets, long paidOrders, long halfSold) {
        static Counts of(String jdbcUrl) throws SQLException {
            try (Connection c = DriverManager.getConnection(jdbcUrl + ";DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE")) {
                return new Counts(count(c, "SELECT COUNT(*) FROM session_seats WHERE status = 'SOLD'"),
                        count(c, "SELECT COUNT(*) FROM tickets WHERE status = 'VALID'"),
                        count(c, "SELECT COUNT(*) FROM orders WHERE status = 'PAID'"),
                        count(c, "SELECT COUNT(*) FROM orders o WHERE o.status = 'PAID' AND "
                                + "(SELECT COUNT(*) FROM tickets t WHERE t.order_id = o.id) <> "
                                + "(SELECT COUNT(*) FROM session_seats s WHERE s.order_id = o.id AND s.status = 'SOLD')"));
            }
        }

        private static long count(Connection c, String sql) throws SQLException {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
