package io.bilheteria.backend.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.bilheteria.api.auth.LoginResponse;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.customers.Customer;
import io.bilheteria.api.customers.CustomerRegistration;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.testing.Together;
import io.bilheteria.backend.web.Json;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.EmailTakenException;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.client.RawResponse;
import io.bilheteria.client.UnauthorizedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Someone signs up on the website, logs in with their email and buys a seat for themselves. */
class CustomerRegistrationTest {


    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aNewCustomerSignsUpLogsInAndBuysASeat(TestDatabase db) throws Exception {
        try (TestBackend backend = TestBackend.start(db)) {
            RawResponse signedUp = backend.anonymous().raw("POST", "/customers", Json.MAPPER.writeValueAsString(
                    new CustomerRegistration("Bia Lima", "bia@example.com", "correct horse", null)), Map.of());

            assertThat(signedUp.status()).isEqualTo(201);
            Customer bia = Json.MAPPER.readValue(signedUp.body(), Customer.class);
            assertThat(bia.id()).isNotBlank();
            assertThat(bia.name()).isEqualTo("Bia Lima");
            assertThat(bia.email()).isEqualTo("bia@example.com");
            assertThat(bia.cpf()).isNull();
            assertThat(signedUp.body()).doesNotContain("correct horse").doesNotContain("pbkdf2");

            BilheteriaClient client = backend.anonymous();
            LoginResponse login = client.login("bia@example.com", "correct horse");
            assertThat(login.role()).isEqualTo(Role.CUSTOMER);
            assertThat(login.customerId()).isEqualTo(bia.id());

            String session = backend.theatreSession();
            Seat seat = client.seatMap(session).seats().stream()
                    .filter(s -> s.status() == SeatStatus.AVAILABLE && !s.accessible()).findFirst().orElseThrow();
            Hold hold = client.hold(HoldRequest.seats(session, List.of(seat.id())));
            OrderCreated created = client.createOrder(OrderRequest.of(hold.holdId()));
            PaymentResult paid = client.pay(created.orderId(), Cards.APPROVED);

            assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
            assertThat(paid.tickets()).extracting(t -> t.seatId()).containsExactly(seat.id());
            Order order = client.order(created.orderId());
            assertThat(order.customerId()).isEqualTo(bia.id());
            assertThat(order.email()).as("the receipt goes to the account's email").isEqualTo("bia@example.com");
            assertThat(order.status()).isEqualTo(OrderStatus.PAID);
            assertThat(client.orderByCode(created.code()).orderId()).isEqualTo(created.orderId());
            assertThatThrownBy(() -> backend.as("customer").order(created.orderId()))
                    .as("another customer does not see it").isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anEmailCanBeRegisteredOnlyOnceWhateverItsCase(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient visitor = backend.anonymous();
            Customer first = visitor.registerCustomer(
                    new CustomerRegistration("Caio Reis", "caio@example.com", "primeira-senha", null));
            assertThat(first.id()).isNotBlank();

            for (String again : List.of("caio@example.com", "CAIO@Example.com", "  caio@example.com ")) {
                assertThatThrownBy(() -> visitor.registerCustomer(
                        new CustomerRegistration("Impostor", again, "outra-senha-qualquer", null)))
                        .as(again)
                        .isInstanceOfSatisfying(EmailTakenException.class, e -> {
                            assertThat(e.status()).isEqualTo(409);
                            assertThat(e.problem().type()).isEqualTo(ProblemTypes.EMAIL_TAKEN);
                        });
            }
            assertThatThrownBy(() -> visitor.registerCustomer(
                    new CustomerRegistration("Ana", "ana@example.com", "outra-senha-qualquer", null)))
                    .as("the demo customer's email").isInstanceOf(EmailTakenException.class);

            assertThat(backend.anonymous().login("caio@example.com", "primeira-senha").customerId())
                    .as("the first account keeps its password").isEqualTo(first.id());
            assertThatThrownBy(() -> backend.anonymous().login("caio@example.com", "outra-senha-qualquer"))
                    .isInstanceOf(UnauthorizedException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void twelveSignUpsWithOneEmailAtOnceMakeOneAccountAndTellTheOthersTheEmailIsTaken(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            var outcomes = Together.run(12, Duration.ofSeconds(60), i -> () -> backend.anonymous().registerCustomer(
                    new CustomerRegistration("Caio " + i, "caio@example.com", "senha-numero-" + i, null)));

            assertThat(outcomes).filteredOn(Together.Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                    .allSatisfy(outcome -> assertThat(outcome.error()).isInstanceOf(EmailTakenException.class));
            int winner = outcomes.stream().filter(Together.Outcome::succeeded).findFirst().orElseThrow().index();
            assertThat(backend.anonymous().login("caio@example.com", "senha-numero-" + winner).customerId())
                    .isEqualTo(outcomes.get(winner).value().id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCpfIsCheckedAndStoredAsItsDigits(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient visitor = backend.anonymous();

            assertThatThrownBy(() -> visitor.registerCustomer(
                    new CustomerRegistration("Davi Melo", "davi@example.com", "senha-segura", "529.982.247-26")))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problem().detail()).contains("cpf"));
            Customer davi = visitor.registerCustomer(
                    new CustomerRegistration("Davi Melo", "davi@example.com", "senha-segura", "529.982.247-25"));

            assertThat(davi.cpf()).isEqualTo("52998224725");
            String stored = backend.server().services().tx().withHandle(h -> h.createQuery(
                    "SELECT cpf FROM customers WHERE id = :id").bind("id", davi.id()).mapTo(String.class).one());
            assertThat(stored).isEqualTo("52998224725");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCashierFindsACustomerByEmailInAnyCaseOrByCpfWithOrWithoutPunctuation(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            Customer davi = backend.anonymous().registerCustomer(
                    new CustomerRegistration("Davi Melo", "davi@example.com", "senha-segura", "111.444.777-35"));
            BilheteriaClient cashier = backend.as("cashier");

            assertThat(cashier.findCustomers("DAVI@example.com", null).items()).containsExactly(davi);
            assertThat(cashier.findCustomers(null, "111.444.777-35").items()).containsExactly(davi);
            assertThat(cashier.findCustomers(null, "11144477735").items()).containsExactly(davi);
            assertThat(cashier.findCustomers("nobody@example.com", null).items()).isEmpty();
            assertThatThrownBy(() -> cashier.findCustomers(null, "111.444.777-36"))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problem().detail()).contains("cpf"));
            assertThatThrownBy(() -> cashier.findCustomers("davi@example.com", "11144477735"))
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aSignUpWithBadDetailsIsRefusedAndCreatesNoAccount(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient visitor = backend.anonymous();
            List<CustomerRegistration> bad = List.of(
                    new CustomerRegistration("Eva Dias", "eva@example.com", "curta", null),
                    new CustomerRegistration("Eva Dias", "eva@example.com", "1234567", null),
                    new CustomerRegistration("Eva Dias", "eva@example.com", null, null),
                    new CustomerRegistration("Eva Dias", "eva.example.com", "senha-segura", null),
                    new CustomerRegistration("Eva Dias", "eva@example", "senha-segura", null),
                    new CustomerRegistration("Eva Dias", "eva @example.com", "senha-segura", null),
                    new CustomerRegistration("Eva Dias", null, "senha-segura", null),
                    new CustomerRegistration("", "eva@example.com", "senha-segura", null),
                    new CustomerRegistration("Eva Dias", "eva@example.com", "senha-segura", "111.111.111-11"),
                    new CustomerRegistration("Eva Dias", "eva@example.com", "senha-segura", "1234"));
            long accountsBefore = countAccounts(backend);

            for (CustomerRegistration registration : bad) {
                assertThatThrownBy(() -> visitor.registerCustomer(registration)).as("%s / %s / %s / %s",
                                registration.name(), registration.email(), registration.password(), registration.cpf())
                        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                            assertThat(e.status()).isEqualTo(400);
                            assertThat(e.problem().type()).isEqualTo(ProblemTypes.INVALID_REQUEST);
                        });
            }

            assertThat(countAccounts(backend)).isEqualTo(accountsBefore);
            assertThat(visitor.registerCustomer(
                    new CustomerRegistration("Eva Dias", "eva@example.com", "12345678", null)).email())
                    .as("eight characters are enough, and the email is still free").isEqualTo("eva@example.com");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aSignUpWithAnUnknownFieldIsRefusedByName(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            RawResponse answer = backend.anonymous().raw("POST", "/customers",
                    "{\"name\":\"Rui\",\"email\":\"rui@example.com\",\"password\":\"senha-segura\",\"role\":\"ADMIN\"}",
                    Map.of());

            assertThat(answer.status()).isEqualTo(400);
            JsonNode problem = Json.MAPPER.readTree(answer.body());
            assertThat(problem.path("detail").asText()).contains("role");
            assertThatThrownBy(() -> backend.anonymous().login("rui@example.com", "senha-segura"))
                    .isInstanceOf(UnauthorizedException.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCashierRegistersACustomerWithoutAPasswordAndSellsInTheirName(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient cashier = backend.cashierOnShift();
            Customer gil = cashier.registerCustomer(
                    new CustomerRegistration("Gil Souza", "Gil@Example.com", null, "111.444.777-35"));

            assertThat(gil.email()).isEqualTo("gil@example.com");
            assertThat(gil.cpf()).isEqualTo("11144477735");
            assertThat(cashier.findCustomers(null, "11144477735").items()).containsExactly(gil);
            String session = backend.theatreSession();
            Hold hold = cashier.hold(HoldRequest.bestAvailable(session,
                    cashier.seatMap(session).sections().get(0).id(), 1));
            OrderCreated created = cashier.createOrder(new OrderRequest(hold.holdId(), gil.id(), List.of(), null));
            cashier.pay(created.orderId(), Cards.APPROVED);
            assertThat(cashier.order(created.orderId()).customerId()).isEqualTo(gil.id());

            for (String password : List.of("", "12345678", "not-a-password")) {
                assertThatThrownBy(() -> backend.anonymous().login("gil@example.com", password)).as(password)
                        .isInstanceOf(UnauthorizedException.class);
            }
            assertThatThrownBy(() -> cashier.registerCustomer(
                    new CustomerRegistration("Gil Outro", "gil@example.com", null, null)))
                    .isInstanceOf(EmailTakenException.class);
            assertThatThrownBy(() -> cashier.registerCustomer(
                    new CustomerRegistration("Hugo Lins", "hugo@example.com", null, "111.444.777-36")))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problem().detail()).contains("cpf"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void onlyTheBoxOfficeLeavesThePasswordOut(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            for (String caller : List.of("kiosk", "customer", "partner", "gate")) {
                assertThatThrownBy(() -> backend.as(caller).registerCustomer(
                        new CustomerRegistration("Ivo Reis", "ivo@example.com", null, null))).as(caller)
                        .isInstanceOfSatisfying(InvalidRequestException.class,
                                e -> assertThat(e.problem().detail()).contains("password"));
            }
            assertThat(backend.as("admin").registerCustomer(
                    new CustomerRegistration("Ivo Reis", "ivo@example.com", null, null)).email())
                    .isEqualTo("ivo@example.com");
        }
    }

    private static long countAccounts(TestBackend backend) {
        return backend.server().services().tx().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts")
                .mapTo(Long.class).one());
    }
}
