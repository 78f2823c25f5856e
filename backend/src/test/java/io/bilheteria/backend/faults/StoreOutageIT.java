package io.bilheteria.backend.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.backend.testing.BackendProcess;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.JsonText;
import io.bilheteria.backend.testing.Unwritable;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 file goes bad under a running backend (made unwritable, deleted) or is not
 * right at start: the backend says so (503, /health DOWN, a one-line refusal to start), never
 * acknowledges what it cannot keep, and heals by itself once the file works again.
 */
class StoreOutageIT {
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    @Test
    void anUnwritableDatabaseFileIsAnswered503AndTheBackendHealsWhenItIsWritableAgain() throws Exception {
        Path db = tmp.resolve("data").resolve("bilheteria");
        try (BackendProcess backend = BackendProcess.start("jdbc:h2:file:" + db, tmp.resolve("backend.log"), START,
                "--small-demo")) {
            BilheteriaClient kiosk = backend.as("kiosk");
            assertThat(sellTwoSeats(kiosk)).isEqualTo(OrderStatus.PAID);

            String holdTwo = holdTwoBody(kiosk);
            try (Unwritable ignored = Unwritable.make(Path.of(db + ".mv.db"))) {
                for (int i = 0; i < 5; i++) {
                    RawResponse refused = kiosk.raw("POST", "/holds", holdTwo, Map.of());
                    assertThat(refused.status()).as("write %d while the file is unwritable: %s", i, refused.body())
                            .isEqualTo(503);
                    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");
                }
                awaitHealth(backend, 503, "DOWN");
            }
            awaitHealth(backend, 200, "UP");
            assertThat(sellTwoSeats(kiosk)).as("sold again by the same process, not restarted")
                    .isEqualTo(OrderStatus.PAID);
            assertThat(backend.isAlive()).isTrue();
        }
    }

    @Test
    void aDatabaseDeletedUnderTheBackendIsNoticedAndNothingMoreIsAcknowledged() throws Exception {
        Path data = tmp.resolve("data");
        try (BackendProcess backend = BackendProcess.start("jdbc:h2:file:" + data.resolve("bilheteria"),
                tmp.resolve("backend.log"), START, "--small-demo")) {
            BilheteriaClient kiosk = backend.as("kiosk");
            assertThat(sellTwoSeats(kiosk)).isEqualTo(OrderStatus.PAID);

            String holdTwo = holdTwoBody(kiosk);
            deleteTree(data);

            for (int i = 0; i < 5; i++) {
                RawResponse refused = kiosk.raw("POST", "/holds", holdTwo, Map.of());
                assertThat(refused.status()).as("hold %d after the database was deleted: %s", i, refused.body())
                        .isEqualTo(503);
            }
            String health = awaitHealth(backend, 503, "DOWN");
            assertThat(health).contains("missing");
            assertThat(data.resolve("bilheteria.mv.db")).as("no empty database made in its place").doesNotExist();
        }
    }

    @Test
    void aMissingOrUnwritableDatabaseIsRefusedAtStartInOneLine() throws Exception {
        Path db = tmp.resolve("data").resolve("bilheteria");
        Path log = tmp.resolve("refused.log");
        assertThat(BackendProcess.exitCodeOf(log, START, "--port", "0", "--db", "jdbc:h2:file:" + db))
                .as("no database there and no leave to create one").isEqualTo(1);
        assertThat(Files.readString(log).strip()).startsWith("bilheteria: no database at " + db + ".mv.db")
                .contains("--create-db").doesNotContain("Exception").hasLineCount(1);
        assertThat(tmp.resolve("data")).as("nothing created").doesNotExist();

        try (BackendProcess created = BackendProcess.start("jdbc:h2:file:" + db, tmp.resolve("created.log"), START,
                "--create-db", "--small-demo")) {
            assertThat(created.anonymous().health()).isTrue();
        }
        Path unwritableLog = tmp.resolve("unwritable.log");
        try (Unwritable ignored = Unwritable.make(Path.of(db + ".mv.db"))) {
            assertThat(BackendProcess.exitCodeOf(unwritableLog, START, "--port", "0", "--db", "jdbc:h2:file:" + db))
                    .isEqualTo(1);
        }
        assertThat(Files.readString(unwritableLog).strip())
                .isEqualTo("bilheteria: the database file " + db + ".mv.db is not writable");
    }

    private static OrderStatus sellTwoSeats(BilheteriaClient kiosk) {
        String session = theatreSession(kiosk);
        Hold hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls(kiosk, session), 2));
        OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
        return kiosk.pay(order.orderId(), Cards.APPROVED).status();
    }

    /** A hold of two seats asked for as bytes, so that nothing is read before: reads may fail too. */
    private static String holdTwoBody(BilheteriaClient kiosk) {
        String session = theatreSession(kiosk);
        return JsonText.write(HoldRequest.bestAvailable(session, stalls(kiosk, session), 2));
    }

    private static String theatreSession(BilheteriaClient client) {
        return client.events("Compadecida", null, null).items().get(0).sessions().get(0).id();
    }

    private static String stalls(BilheteriaClient client, String session) {
        return client.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia")).findFirst()
                .orElseThrow().id();
    }

    /** Polls /health until it answers {@code status} with {@code word}; returns its body. */
    private static String awaitHealth(BackendProcess backend, int status, String word) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String[] last = {""};
        BooleanSupplier reached = () -> {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                last[0] = answer.statusCode() + " " + answer.body();
                return answer.statusCode() == status && answer.body().contains("\"" + word + "\"");
            } catch (IOException | InterruptedException e) {
                last[0] = e.toString();
                return false;
            }
        };
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!reached.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("/health did not answer " + status + " " + word + " within " + PATIENCE
                        + "; last: " + last[0]);
            }
            Thread.sleep(100);
        }
        return last[0];
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
