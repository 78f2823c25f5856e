package io.bilheteria.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.testing.Machines;
import io.bilheteria.backend.testing.ShiftableClock;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.testing.Together;
import io.bilheteria.backend.web.Json;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guessing passwords is slowed down per address and per username, but nobody can use it to keep
 * staff out, and a throttled account cannot be told from a name nobody has.
 */
class LoginThrottleTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anAttackerIsSlowedExponentiallyButCannotKeepTheCashierOut(TestDatabase db) {
        ShiftableClock clock = new ShiftableClock();
        try (TestBackend backend = TestBackend.start(db, clock)) {
            BilheteriaClient terminal = Machines.at(backend.baseUrl(), "127.0.0.2");
            assertThat(login(terminal, "cashier", "demo-cashier").status()).as("her terminal signed in before")
                    .isEqualTo(200);
            BilheteriaClient attacker = Machines.at(backend.baseUrl(), "127.0.0.66");

            // the attacker guesses, waiting each time as long as told, until told to wait eight times
            List<Long> waits = new ArrayList<>();
            int guessesChecked = 0;
            while (waits.size() < 8) {
                RawResponse answer = login(attacker, "cashier", "guess-" + guessesChecked);
                assertThat(answer.status()).isEqualTo(401);
                if (type(answer).equals(ProblemTypes.UNAUTHORIZED)) {
                    guessesChecked++;
                } else {
                    assertThat(type(answer)).isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
                    waits.add(retryAfter(answer));
                    if (waits.size() < 8) {
                        clock.advance(Duration.ofSeconds(retryAfter(answer)));
                    }
                }
            }
            assertThat(waits).as("each wait twice the last").containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L);
            assertThat(guessesChecked).as("5 free guesses, then one after each wait").isEqualTo(5 + 7);
            RawResponse attackerAgain = login(attacker, "cashier", "demo-cashier");
            assertThat(type(attackerAgain)).as("not even the right password passes the attacker's wait")
                    .isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
            assertThat(retryAfter(attackerAgain)).isEqualTo(128L);

            // a machine that never signed in as the cashier waits at most the username's small cap
            BilheteriaClient newMachine = Machines.at(backend.baseUrl(), "127.0.0.3");
            RawResponse elsewhere = login(newMachine, "cashier", "demo-cashier");
            assertThat(type(elsewhere)).isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
            assertThat(retryAfter(elsewhere)).isBetween(1L, LoginThrottle.ACCOUNT_MAX_DELAY.toSeconds());

            // her own terminal is not held back at all, and the guesses never locked her out
            RawResponse atHerTerminal = login(terminal, "cashier", "demo-cashier");
            assertThat(atHerTerminal.status()).isEqualTo(200);
            assertThat(json(atHerTerminal).path("role").asText()).isEqualTo("CASHIER");
            assertThat(login(newMachine, "cashier", "demo-cashier").status())
                    .as("her success forgot the username's failures").isEqualTo(200);
            assertThat(type(login(attacker, "kiosk", "demo-kiosk"))).as("the attacker's own wait spans every name")
                    .isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aThrottledAccountAndANameNobodyHasAnswerAlike(TestDatabase db) {
        ShiftableClock clock = new ShiftableClock();
        // real password hashing: a password check takes a noticeable while
        try (TestBackend backend = TestBackend.start(db, config -> config.withPasswordIterations(210_000), clock)) {
            // eight failures for each name from several addresses, none of which is slowed itself
            for (int i = 0; i < 8; i++) {
                if (i >= LoginThrottle.FREE_FAILURES) {
                    clock.advance(LoginThrottle.ACCOUNT_MAX_DELAY); // past any wait: the failures still count
                }
                BilheteriaClient guesser = Machines.at(backend.baseUrl(), "127.0.1." + (i / 2 + 1));
                RawResponse real = login(guesser, "cashier", "guess-" + i);
                RawResponse nobody = login(guesser, "nobody-at-all", "guess-" + i);
                assertThat(List.of(real, nobody)).allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(401);
                    assertThat(type(answer)).isEqualTo(ProblemTypes.UNAUTHORIZED);
                });
                assertThat(withoutRequestId(real)).isEqualTo(withoutRequestId(nobody));
            }

            BilheteriaClient newcomer = Machines.at(backend.baseUrl(), "127.0.2.1");
            List<Long> refusedReal = new ArrayList<>();
            List<Long> refusedNobody = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                RawResponse real = login(newcomer, "cashier", "demo-cashier");
                refusedReal.add(System.nanoTime() - start);
                start = System.nanoTime();
                RawResponse nobody = login(newcomer, "nobody-at-all", "demo-cashier");
                refusedNobody.add(System.nanoTime() - start);

                for (RawResponse answer : List.of(real, nobody)) {
                    assertThat(answer.status()).isEqualTo(401);
                    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(type(answer)).isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
                    assertThat(json(answer).path("token").isMissingNode()).isTrue();
                }
                // the waits end a few milliseconds apart, which may straddle a whole second
                assertThat(retryAfter(real)).isCloseTo(retryAfter(nobody), org.assertj.core.data.Offset.offset(1L));
                assertThat(withoutSeconds(withoutRequestId(real))).isEqualTo(withoutSeconds(withoutRequestId(nobody)));
            }

            List<Long> checked = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                BilheteriaClient fresh = Machines.at(backend.baseUrl(), "127.0.3." + (i + 1));
                long start = System.nanoTime();
                assertThat(type(login(fresh, "kiosk", "guess"))).isEqualTo(ProblemTypes.UNAUTHORIZED);
                checked.add(System.nanoTime() - start);
            }
            // neither refusal compares a password, so neither takes a password check's time
            assertThat(median(refusedReal)).isLessThan(median(checked) / 2);
            assertThat(median(refusedNobody)).isLessThan(median(checked) / 2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aGuesserCannotResetTheirAddresssCountBySigningInToTheirOwnAccount(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient attacker = Machines.at(backend.baseUrl(), "127.0.0.55");
            for (int i = 0; i < 4; i++) {
                assertThat(type(login(attacker, "cashier", "guess-" + i))).isEqualTo(ProblemTypes.UNAUTHORIZED);
            }
            assertThat(login(attacker, "ana@example.com", "demo-customer").status()).as("their own account")
                    .isEqualTo(200);
            assertThat(type(login(attacker, "gate", "guess"))).isEqualTo(ProblemTypes.UNAUTHORIZED);

            assertThat(type(login(attacker, "kiosk", "guess"))).as("the fifth failure counted all the same")
                    .isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aKioskIsNotSlowedByItsCustomersMistakes(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient kiosk = Machines.at(backend.baseUrl(), "127.0.0.56");
            assertThat(login(kiosk, "kiosk", "demo-kiosk").status()).as("the terminal's own account").isEqualTo(200);
            for (int i = 0; i < 8; i++) {
                assertThat(type(login(kiosk, "customer" + i + "@example.com", "mistyped")))
                        .isEqualTo(ProblemTypes.UNAUTHORIZED);
            }

            assertThat(login(kiosk, "ana@example.com", "demo-customer").status()).as("the next customer signs in at once")
                    .isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void guessesSentAllAtOnceFromOneAddressAreCheckedNoFasterThanOneByOne(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient attacker = Machines.at(backend.baseUrl(), "127.0.0.77");

            List<Together.Outcome<RawResponse>> answers = Together.run(20, Duration.ofSeconds(60),
                    i -> () -> login(attacker, "gate", "guess-" + i));

            List<RawResponse> all = answers.stream().map(Together.Outcome::value).toList();
            assertThat(all).allSatisfy(a -> assertThat(a.status()).isEqualTo(401));
            long checked = all.stream().filter(a -> type(a).equals(ProblemTypes.UNAUTHORIZED)).count();
            // the five free ones, and one more for each wait of 1, 2, 4 s that a very slow run might see pass
            assertThat(checked).isBetween(1L, 8L);
            assertThat(all).filteredOn(a -> type(a).equals(ProblemTypes.ACCOUNT_LOCKED)).hasSize(20 - (int) checked);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void behindATrustedProxyTheForwardedAddressIsTheClient(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db, c -> c.withTrustedProxies(List.of("127.0.0.1")))) {
            BilheteriaClient proxy = backend.anonymous(); // connects from 127.0.0.1
            for (int i = 0; i < 5; i++) {
                assertThat(type(login(proxy, "gate", "guess", "203.0.113.9"))).isEqualTo(ProblemTypes.UNAUTHORIZED);
            }
            assertThat(type(login(proxy, "kiosk", "demo-kiosk", "203.0.113.9"))).as("the attacker waits")
                    .isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
            assertThat(type(login(proxy, "kiosk", "demo-kiosk", "198.51.100.7, 203.0.113.9")))
                    .as("what the attacker wrote before the proxy's entry is not believed")
                    .isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
            assertThat(login(proxy, "kiosk", "demo-kiosk", "198.51.100.7").status())
                    .as("another client behind the same proxy is not").isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void withoutATrustedProxyAForwardedForHeaderChangesNothing(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient attacker = Machines.at(backend.baseUrl(), "127.0.0.88");
            for (int i = 0; i < 5; i++) {
                assertThat(type(login(attacker, "gate", "guess", "203.0.113." + i)))
                        .isEqualTo(ProblemTypes.UNAUTHORIZED);
            }
            assertThat(type(login(attacker, "kiosk", "demo-kiosk", "198.51.100.7")))
                    .isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static RawResponse login(BilheteriaClient client, String username, String password) {
        return client.raw("POST", "/auth/login", loginBody(username, password), Map.of());
    }

    private static RawResponse login(BilheteriaClient client, String username, String password, String forwardedFor) {
        return client.raw("POST", "/auth/login", loginBody(username, password), Map.of("X-Forwarded-For", forwardedFor));
    }

    private static String loginBody(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    private static String type(RawResponse answer) {
        return json(answer).path("type").asText();
    }

    private static long retryAfter(RawResponse answer) {
        assertThat(answer.header("Retry-After")).as("Retry-After").isNotNull();
        return Long.parseLong(answer.header("Retry-After"));
    }

    private static JsonNode withoutRequestId(RawResponse answer) {
        ObjectNode body = (ObjectNode) json(answer);
        assertThat(body.path("requestId").asText()).isNotBlank();
        body.remove("requestId");
        return body;
    }

    private static JsonNode withoutSeconds(JsonNode body) {
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        copy.put("detail", copy.path("detail").asText().replaceAll("\\d+", "N"));
        return copy;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static JsonNode json(RawResponse answer) {
        try {
            return Json.MAPPER.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }
}
