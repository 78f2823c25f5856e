package io.bilheteria.backend.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.StreamRecorder;
import io.bilheteria.backend.testing.TcpProxy;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.LiveStream;
import io.bilheteria.client.RawResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a stream answers when it cannot be served, and what becomes of a client that went away. */
class StreamFailuresTest {
    private static final int MAX_CHANGES_TO_NOTICE = 50;

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anUnknownSessionOrEventOrABadLastEventIdIsRefusedAsAProblem(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient anyone = backend.anonymous();
            StreamRecorder nowhere = new StreamRecorder();
            try (LiveStream stream = anyone.followSession("no-such-session", null, nowhere)) {
                assertThat(nowhere.awaitDropped()).isEqualTo(404);
            }
            StreamRecorder noEvent = new StreamRecorder();
            try (LiveStream stream = anyone.followAvailability("no-such-event", noEvent)) {
                assertThat(noEvent.awaitDropped()).isEqualTo(404);
            }
            RawResponse badId = anyone.raw("GET", "/sessions/" + backend.theatreSession() + "/events", null,
                    Map.of("Last-Event-ID", "yesterday"));
            assertThat(badId.status()).isEqualTo(400);
            assertThat(badId.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aStreamAskedForWhileTheDatabaseIsAwayIsA503Problem() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresConfigured(), "needs " + TestDatabase.PG_ENV);
        TestDatabase direct = TestDatabase.postgres();
        try (TcpProxy proxy = TcpProxy.toServerOf(direct)) {
            try (TestBackend backend = TestBackend.start(direct.through(proxy))) {
                String session = backend.theatreSession();
                String event = backend.theatre().id();
                BilheteriaClient anyone = backend.anonymous();

                proxy.cut();
                for (String path : new String[] {"/sessions/" + session + "/events", "/events/" + event + "/availability"}) {
                    RawResponse refused = anyone.raw("GET", path, null, Map.of("Accept", "text/event-stream",
                            "Last-Event-ID", "1"));
                    assertThat(refused.status()).as("GET %s with the database gone: %s", path, refused.body())
                            .isEqualTo(503);
                    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                }
                proxy.restore();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aClientThatWentAwayStopsBeingFollowed(TestDatabase db) throws Exception {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            SeatChangeFeed feed = backend.server().services().live();
            try (Socket gone = new Socket("127.0.0.1", backend.server().port())) {
                OutputStream out = gone.getOutputStream();
                out.write(("GET /api/v1/sessions/" + session + "/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = gone.getInputStream();
                assertThat(new String(in.readNBytes(15), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200 OK");
                assertThat(feed.followers()).isEqualTo(1);
            }

            // the next writes to the closed connection fail, and the stream is let go
            BilheteriaClient kiosk = backend.as("kiosk");
            String stalls = Sales.stalls(backend, session).id();
            for (int change = 0; change < MAX_CHANGES_TO_NOTICE && feed.followers() > 0; change++) {
                kiosk.releaseHold(kiosk.hold(HoldRequest.bestAvailable(session, stalls, 1)).holdId());
                feed.pollNow().get();
            }
            assertThat(feed.followers()).as("streams still followed after the client left").isZero();
        }
    }
}
