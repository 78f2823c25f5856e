package io.bilheteria.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.bilheteria.api.auth.LoginResponse;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.testing.DemoAccounts;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.web.Json;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import io.bilheteria.client.UnauthorizedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Staff and customers log in; guessing passwords locks an account; secrets are kept only as hashes. */
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

            for (RawResponse answer : List.of(wrongPassword, unknownUser, noPassword)) {
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
    void fiveWrongPasswordsLockTheAccountButNotTheOthers(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
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
            assertThat(rightPassword.header("Retry-After")).as("Retry-After").isNotNull();
            assertThat(Long.parseLong(rightPassword.header("Retry-After"))).isBetween(1L, 30L);
            assertThatThrownBy(() -> visitor.login("Cashier", "demo-cashier"))
                    .as("still locked, however the name is typed")
                    .isInstanceOfSatisfying(UnauthorizedException.class,
                            e -> assertThat(e.problem().type()).isEqualTo(ProblemTypes.ACCOUNT_LOCKED));

            assertThat(backend.anonymous().login("kiosk", "demo-kiosk").role()).as("another account is unaffected")
                    .isEqualTo(Role.KIOSK);
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
