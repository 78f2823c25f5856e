package io.bilheteria.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.bilheteria.api.auth.LoginResponse;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.testing.DemoAccounts;
import io.bilheteria.backend.testing.Machines;
import io.bilheteria.backend.testing.ShiftableClock;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.web.Json;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import io.bilheteria.client.UnauthorizedException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Staff and customers log in, for as long as their role's tokens live, and log out; guessing
 * passwords makes the guesser wait (more in {@link LoginThrottleTest}); secrets are kept only as hashes.
 */
class LoginTest {

    private static final Map<String, Role> DEMO = Map.of("admin", Role.ADMIN, "partner", Role.PARTNER,
            "cashier", Role.CASHIER, "gate", Role.GATE, "kiosk", Role.KIOSK, "customer", Role.CUSTOMER);


    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void everyDemoAccountLogsInAndGetsItsRole(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            DEMO.forEach((user, role) -> {
                LoginResponse login = backend.anonymous().login(username(user), DemoAccounts.password(user));

                assertThat(login.role()).as(user).isEqualTo(role);
                assertThat(login.token()).as(user).isNotBlank();
                assertThat(login.expiresAt()).as(user).isAfter(Instant.now());
                if (role == Role.CUSTOMER) {
                    assertThat(login.customerId()).as("a customer learns their customer id").isNotBlank();
                } else {
                    assertThat(login.customerId()).as(user).isNull();
                }
            });
            assertThat(backend.anonymous().login("  KIOSK ", "demo-kiosk").role())
                    .as("the username is not case sensitive").isEqualTo(Role.KIOSK);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aWrongPasswordOrUnknownUserIsA401ThatDoesNotSayWhich(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient visitor = backend.anonymous();

            RawResponse wrongPassword = visitor.raw("POST", "/auth/login",
                    "{\"username\":\"cashier\",\"password\":\"demo-kiosk\"}", Map.of());
            RawResponse unknownUser = visitor.raw("POST", "/auth/login",
                    "{\"username\":\"nobody\",\"password\":\"demo-cashier\"}", Map.of());
            RawResponse noPassword = visitor.raw("POST", "/auth/login", "{\"username\":\"cashier\"}", Map.of());
            RawResponse longerThanAnyName = visitor.raw("POST", "/auth/login",
                    "{\"username\":\"" + "n".repeat(500) + "\",\"password\":\"demo-cashier\"}", Map.of());

            for (RawResponse answer : List.of(wrongPassword, unknownUser, noPassword, longerThanAnyName)) {
                assertThat(answer.status()).isEqualTo(401);
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                assertThat(json(answer).path("type").asText()).isEqualTo(ProblemTypes.UNAUTHORIZED);
            }
            assertThat(json(wrongPassword).path("detail")).isEqualTo(json(unknownUser).path("detail"));
            assertThat(visitor.token()).as("no token was kept").isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void afterFiveWrongPasswordsThatAddressWaitsASecondAndOtherMachinesDoNot(TestDatabase db) {
        ShiftableClock clock = new ShiftableClock();
        try (TestBackend backend = TestBackend.start(db, clock)) {
            BilheteriaClient visitor = backend.anonymous();
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThatThrownBy(() -> visitor.login("cashier", "guess")).as("guess")
                        .isInstanceOfSatisfying(UnauthorizedException.class,
                                e -> assertThat(e.problem().type()).isEqualTo(ProblemTypes.UNAUTHORIZED));
            }

            RawResponse rightPassword = visitor.raw("POST", "/auth/login",
                    "{\"username\":\"cashier\",\"password\":\"demo-cashier\"}", Map.of());

            assertThat(rightPassword.status()).isEqualTo(401);
            assertThat(rightPassword.header("Content-Type")).startsWith("application/problem+json");
            assertThat(json(rightPassword).path("type").asText()).isEqualTo(ProblemTypes.ACCOUNT_LOCKED);
            assertThat(json(rightPassword).path("token").isMissingNode()).isTrue();
            assertThat(rightPassword.header("Retry-After")).as("Retry-After").isEqualTo("1");
            assertThatThrownBy(() -> visitor.login("Cashier", "demo-cashier"))
                    .as("still waiting, however the name is typed")
                    .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.isLocked()).isTrue());
            assertThat(Machines.at(backend.baseUrl(), "127.0.0.2").login("kiosk", "demo-kiosk").role())
                    .as("another machine is unaffected").isEqualTo(Role.KIOSK);

            clock.advance(Duration.ofSeconds(1));
            assertThat(visitor.login("cashier", "demo-cashier").role()).as("after the wait").isEqualTo(Role.CASHIER);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void fourWrongPasswordsAndThenTheRightOneLogIn(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient visitor = backend.anonymous();
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertThatThrownBy(() -> visitor.login("gate", "guess")).isInstanceOf(UnauthorizedException.class);
            }

            assertThat(visitor.login("gate", "demo-gate").role()).isEqualTo(Role.GATE);
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertThatThrownBy(() -> visitor.login("gate", "guess")).as("the count started again")
                        .isInstanceOfSatisfying(UnauthorizedException.class,
                                e -> assertThat(e.problem().type()).isEqualTo(ProblemTypes.UNAUTHORIZED));
            }
            assertThat(visitor.login("gate", "demo-gate").role()).isEqualTo(Role.GATE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCustomersTokenLivesTwoHoursAndStaffTokensTwelve(TestDatabase db) {
        ShiftableClock clock = new ShiftableClock();
        try (TestBackend backend = TestBackend.start(db, clock)) {
            Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS); // tokens expire to the millisecond
            BilheteriaClient customer = backend.anonymous();
            LoginResponse customerLogin = customer.login(DemoAccounts.CUSTOMER_EMAIL, "demo-customer");
            BilheteriaClient cashier = backend.as("cashier");
            LoginResponse kiosk = backend.anonymous().login("kiosk", "demo-kiosk");
            Instant after = clock.instant();

            assertThat(customerLogin.expiresAt())
                    .isBetween(before.plus(Duration.ofHours(2)), after.plus(Duration.ofHours(2)));
            assertThat(kiosk.expiresAt()).isBetween(before.plus(Duration.ofHours(12)), after.plus(Duration.ofHours(12)));
            assertThat(status(customer)).isEqualTo(404);

            clock.advance(Duration.ofHours(2).plusMinutes(1));
            assertThat(status(customer)).as("the customer's token has expired").isEqualTo(401);
            assertThat(status(cashier)).as("the cashier's has not").isEqualTo(404);
            clock.advance(Duration.ofHours(10));
            assertThat(status(cashier)).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void eachRolesTokenLifetimeIsConfigurable(TestDatabase db) {
        TokenLifetimes lifetimes = TokenLifetimes.defaults().with(Role.CUSTOMER, Duration.ofMinutes(30))
                .with(Role.ADMIN, Duration.ofHours(1));
        try (TestBackend backend = TestBackend.start(db, config -> config.withTokenLifetimes(lifetimes))) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Map<String, Duration> lifetimeOf = Map.of("customer", Duration.ofMinutes(30), "admin", Duration.ofHours(1),
                    "gate", Duration.ofHours(12));
            lifetimeOf.forEach((user, lifetime) -> assertThat(
                    backend.anonymous().login(username(user), DemoAccounts.password(user)).expiresAt()).as(user)
                    .isBetween(before.plus(lifetime), Instant.now().plus(lifetime)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void loggingOutRevokesThatTokenAtOnceAndNoOther(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient firstDesk = backend.as("cashier");
            BilheteriaClient secondDesk = backend.as("cashier");
            String token = firstDesk.token();
            assertThat(status(firstDesk)).as("resolved and kept in memory").isEqualTo(404);

            RawResponse out = firstDesk.raw("POST", "/auth/logout", null, Map.of());

            assertThat(out.status()).isEqualTo(204);
            assertThat(status(firstDesk)).as("refused at once").isEqualTo(401);
            assertThat(status(secondDesk)).as("the same cashier at another desk stays in").isEqualTo(404);
            assertThat(firstDesk.raw("POST", "/auth/logout", null, Map.of()).status()).as("already out").isEqualTo(401);
            assertThat(backend.anonymous().raw("POST", "/auth/logout", null, Map.of()).status()).isEqualTo(401);

            secondDesk.logout();
            assertThat(secondDesk.token()).isNull();
            assertThat(status(backend.anonymous().withToken(token))).isEqualTo(401);
            int tokensLeft = backend.server().services().tx().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM auth_tokens").mapTo(Integer.class).one());
            assertThat(tokensLeft).as("both rows gone").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void tokensAndPasswordsAreStoredOnlyAsHashes(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            List<String> tokens = new ArrayList<>();
            DEMO.keySet().forEach(user -> tokens.add(
                    backend.anonymous().login(username(user), DemoAccounts.password(user)).token()));
            tokens.add(backend.anonymous().login("kiosk", "demo-kiosk").token());

            var tx = backend.server().services().tx();
            List<String> stored = tx.withHandle(h -> h.createQuery("SELECT token_hash FROM auth_tokens")
                    .mapTo(String.class).list());
            List<Map<String, Object>> accounts = tx.withHandle(h -> h.createQuery(
                    "SELECT username, password_hash FROM accounts").mapToMap().list());

            assertThat(tokens).doesNotHaveDuplicates();
            assertThat(stored).hasSizeGreaterThanOrEqualTo(tokens.size());
            for (String token : tokens) {
                assertThat(stored).as("no token in clear").noneMatch(row -> row.contains(token));
            }
            assertThat(accounts).hasSizeGreaterThanOrEqualTo(6);
            List<String> hashes = new ArrayList<>();
            for (Map<String, Object> account : accounts) {
                String user = String.valueOf(account.get("username"));
                String hash = String.valueOf(account.get("password_hash"));
                String password = DemoAccounts.password(user.equals(DemoAccounts.CUSTOMER_EMAIL) ? "customer" : user);
                assertThat(hash).as(user).startsWith("pbkdf2-sha256$").doesNotContain(password);
                hashes.add(hash);
            }
            assertThat(hashes).as("salted: no two hashes alike").doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aGarbageTokenIsA401AndARealOneIsNot(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient cashier = backend.as("cashier");
            assertThat(cashier.raw("GET", "/orders?code=NOPE12", null, Map.of()).status())
                    .as("the real token gets through to a plain 'not found'").isEqualTo(404);

            for (String garbage : List.of("garbage", "x".repeat(500), cashier.token() + "x",
                    cashier.token().substring(1), withFirstCharacterChanged(cashier.token()))) {
                RawResponse answer = cashier.withToken(garbage).raw("GET", "/orders?code=NOPE12", null, Map.of());
                assertThat(answer.status()).as(garbage).isEqualTo(401);
                assertThat(json(answer).path("type").asText()).isEqualTo(ProblemTypes.UNAUTHORIZED);
            }
            assertThat(cashier.raw("GET", "/orders?code=NOPE12", null, Map.of()).status())
                    .as("and still does afterwards").isEqualTo(404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aTokenWithItsLettersInAnotherCaseIsNotTheToken(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient cashier = backend.as("cashier");
            String token = cashier.token();
            assertThat(backend.server().services().auth().authenticate(token.toUpperCase()))
                    .as("the service itself tells them apart").isEmpty();

            // the same client, so the same kept-alive connection: first the real token, then its case variants
            assertThat(cashier.raw("GET", "/orders?code=NOPE12", null, Map.of()).status()).isEqualTo(404);
            for (String variant : List.of(token.toUpperCase(), token.toLowerCase())) {
                assertThat(cashier.withToken(variant).raw("GET", "/orders?code=NOPE12", null, Map.of()).status())
                        .as("case variant %s of a live token", variant).isEqualTo(401);
            }
            // and the other way round: a variant seen first must not shadow the real token
            BilheteriaClient kiosk = backend.as("kiosk");
            assertThat(kiosk.withToken(kiosk.token().toUpperCase()).raw("GET", "/orders?code=NOPE12", null, Map.of())
                    .status()).isEqualTo(401);
            assertThat(kiosk.raw("GET", "/orders?code=NOPE12", null, Map.of()).status())
                    .as("the real kiosk token right after").isEqualTo(404);
        }
    }

    /** 404 for a live token of a role that may look orders up, 401 for a dead one. */
    private static int status(BilheteriaClient client) {
        return client.raw("GET", "/orders?code=NOPE12", null, Map.of()).status();
    }

    private static String username(String demoUser) {
        return demoUser.equals("customer") ? DemoAccounts.CUSTOMER_EMAIL : demoUser;
    }

    private static JsonNode json(RawResponse answer) {
        try {
            return Json.MAPPER.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    /** A token one character off; replacing with a fixed character would leave it unchanged when it already starts so. */
    private static String withFirstCharacterChanged(String token) {
        char first = token.charAt(0) == 'A' ? 'B' : 'A';
        return first + token.substring(1);
    }
}
