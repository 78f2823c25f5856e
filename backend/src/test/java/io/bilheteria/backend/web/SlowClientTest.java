package io.bilheteria.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hundreds of clients that send a request's headers and half its body, then dribble the rest a
 * byte at a time, must not hold the server's threads: the catalogue keeps answering at once.
 */
class SlowClientTest {
    private static final Logger log = LoggerFactory.getLogger(SlowClientTest.class);
    private static final int SLOW_CLIENTS = 300;
    private static final int REQUESTS = 200;
    private static final Duration P99_LIMIT = Duration.ofMillis(100);
    private static final String BODY = "{\"username\":\"cashier\",\"password\":\"" + "x".repeat(360) + "\"}";

    @Test
    void threeHundredClientsDribblingABodyLeaveTheCatalogueUnder100MsAtP99() throws Exception {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            BilheteriaClient visitor = BilheteriaClient.builder().baseUrl(backend.baseUrl())
                    .readTimeout(Duration.ofSeconds(2)).build();
            long[] alone = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                long start = System.nanoTime();
                assertThat(events(visitor).status()).as("warm-up").isEqualTo(200);
                alone[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(alone);
            log.info("GET /events alone: p50 {} ms, p99 {} ms", alone[REQUESTS / 2], alone[REQUESTS - 2]);
            List<Socket> slow = new ArrayList<>();
            ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(halfARequest(backend.server().port()));
                }
                dribbler.scheduleWithFixedDelay(() -> slow.forEach(SlowClientTest::oneMoreByte), 200, 200,
                        TimeUnit.MILLISECONDS);

                long[] millis = new long[REQUESTS];
                int failures = 0;
                for (int i = 0; i < REQUESTS && failures < 3; i++) {
                    long start = System.nanoTime();
                    try {
                        assertThat(events(visitor).status()).isEqualTo(200);
                    } catch (RuntimeException timedOut) {
                        failures++;
                    }
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                }
                long[] sorted = millis.clone();
                Arrays.sort(sorted);
                long p50 = sorted[REQUESTS / 2];
                long p99 = sorted[(int) Math.ceil(REQUESTS * 0.99) - 1];
                log.info("GET /events beside {} slow clients: p50 {} ms, p99 {} ms, max {} ms", SLOW_CLIENTS, p50, p99,
                        sorted[REQUESTS - 1]);
                assertThat(failures).as("requests that timed out after 2 s").isZero();
                assertThat(p99).as("p99 of GET /events in ms (p50 %d)", p50).isLessThan(P99_LIMIT.toMillis());
            } finally {
                dribbler.shutdownNow();
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    private static RawResponse events(BilheteriaClient visitor) {
        return visitor.raw("GET", "/events", null, Map.of());
    }

    /** A login with its headers and half its body sent. */
    private static Socket halfARequest(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        byte[] body = BODY.getBytes(StandardCharsets.US_ASCII);
        String head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, body.length / 2);
        out.flush();
        return socket;
    }

    /** One more byte of the body; a connection the server closed is left alone. */
    private static void oneMoreByte(Socket socket) {
        try {
            socket.getOutputStream().write('x');
        } catch (IOException closedByTheServer) {
            // the server gave up on this client, as it should
        }
    }
}
