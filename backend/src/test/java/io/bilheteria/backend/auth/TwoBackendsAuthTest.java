package io.bilheteria.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.admin.AccountChange;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.payments.SandboxAcquirer;
import io.bilheteria.backend.testing.Machines;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.UnauthorizedException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two backends on one database, as in production behind a load balancer: a token revoked at
 * one is refused at the other within a second, and failed logins at one count at the other.
 */
class TwoBackendsAuthTest {
    private static final Duration WITHIN = Duration.ofSeconds(1);

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aLogoutAtOneBackendIsRefusedAtTheOtherWithinASecond(TestDatabase db) {
        try (TestBackend north = TestBackend.start(db); BackendServer south = secondBackend(db)) {
            BilheteriaClient cashierAtNorth = north.as("cashier");
            BilheteriaClient sameTokenAtSouth = client(south).withToken(cashierAtNorth.token());
            assertThat(status(sameTokenAtSouth)).as("south resolved the token and keeps it").isEqualTo(404);

            cashierAtNorth.logout();
            long refusedAfter = millisUntilRefused(sameTokenAtSouth);

            assertThat(refusedAfter).as("ms until south refused the token").isLessThan(WITHIN.toMillis());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anAccountDisabledAtOneBackendIsRefusedAtTheOtherWithinASecond(TestDatabase db) {
        try (TestBackend north = TestBackend.start(db); BackendServer south = secondBackend(db)) {
            BilheteriaClient gateAtSouth = client(south);
            gateAtSouth.login("gate", "demo-gate");
            assertThat(status(gateAtSouth)).as("a gate may not look orders up, but its token is good").isEqualTo(403);
            BilheteriaClient admin = north.as("admin");
            String gateId = admin.staffAccounts(null).items().stream().filter(a -> a.username().equals("gate"))
                    .findFirst().orElseThrow().id();

            admin.changeStaffAccount(gateId, new AccountChange(false, null));
            long refusedAfter = millisUntilRefused(gateAtSouth);

            assertThat(refusedAfter).as("ms until south refused the disabled gate").isLessThan(WITHIN.toMillis());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void failedLoginsAtOneBackendCountAtTheOther(TestDatabase db) {
        try (TestBackend north = TestBackend.start(db); BackendServer south = secondBackend(db)) {
            BilheteriaClient guesser = Machines.at(north.baseUrl(), "127.0.0.31");
            for (int i = 0; i < 5; i++) {
                try {
                    guesser.login("gate", "guess-" + i);
                } catch (UnauthorizedException expected) {
                    assertThat(expected.isLocked()).isFalse();
                }
            }

            BilheteriaClient elsewhere = Machines.at(south.baseUrl(), "127.0.0.32");
            var answer = elsewhere.raw("POST", "/auth/login", "{\"username\":\"gate\",\"password\":\"demo-gate\"}",
                    Map.of());

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body()).contains(ProblemTypes.ACCOUNT_LOCKED);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static BackendServer secondBackend(TestDatabase db) {
        return BackendServer.start(TestBackend.baseConfig(db.jdbcUrl()), Clock.systemUTC(),
                new SandboxAcquirer(Clock.systemUTC()));
    }

    private static BilheteriaClient client(BackendServer server) {
        return BilheteriaClient.builder().baseUrl(server.baseUrl()).build();
    }

    /** 401 for a dead token; anything else means the token was accepted. */
    private static int status(BilheteriaClient client) {
        return client.raw("GET", "/orders?code=NOPE12", null, Map.of()).status();
    }

    /** Asks until the token is refused, for at most 10 s: the milliseconds that took. */
    private static long millisUntilRefused(BilheteriaClient client) {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(10).toNanos();
        while (status(client) != 401) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the token was still accepted after 10 s");
            }
            pause();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void pause() {
        try {
            Thread.sleep(10); // between polls; the bound above is what the test waits for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
