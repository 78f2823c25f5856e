package io.bilheteria.backend.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.customers.CustomerRegistration;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ForbiddenException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The final sells online through a waiting room; the totem and the box office never queue. */
class VirtualQueueTest {


    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void onlineBuyersOfTheFinalWaitTheirTurnAndHoldWithTheirAdmission(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            var session = backend.stadium().sessions().get(0);
            assertThat(session.queueEnabled()).isTrue();
            var seats = backend.seatMap(session.id()).seats();
            BilheteriaClient ana = backend.as("customer");

            assertThatThrownBy(() -> ana.hold(HoldRequest.seats(session.id(), List.of(seats.get(0).id()))))
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            e -> assertThat(e.problem().type()).isEqualTo(ProblemTypes.QUEUE_TOKEN_REQUIRED));
            assertThat(backend.as("kiosk").hold(HoldRequest.seats(session.id(), List.of(seats.get(1).id())))
                    .seatIds()).as("the totem's line is physical: no queue").hasSize(1);

            var place = ana.joinQueue(session.id());
            assertThat(place.admitted()).isTrue();
            assertThat(place.admissionToken()).isNotBlank();
            assertThat(ana.hold(HoldRequest.seats(session.id(), List.of(seats.get(0).id())), place.admissionToken())
                    .seatIds()).containsExactly(seats.get(0).id());

            BilheteriaClient bruno = registerAndLogIn(backend, "bruno@example.com");
            assertThatThrownBy(() -> bruno.hold(HoldRequest.seats(session.id(), List.of(seats.get(2).id())),
                    place.admissionToken()))
                    .as("an admission is personal").isInstanceOf(ForbiddenException.class);

            backend.server().services().tx().useTransaction(h -> h.createUpdate(
                    "UPDATE sessions SET queue_admit_per_minute = 1 WHERE id = :s").bind("s", session.id()).execute());
            var brunoPlace = bruno.joinQueue(session.id());
            BilheteriaClient carla = registerAndLogIn(backend, "carla@example.com");
            var carlaPlace = carla.joinQueue(session.id());
            assertThat(brunoPlace.admitted()).as("one admission a minute, and Ana took it").isFalse();
            assertThat(brunoPlace.position()).isEqualTo(1);
            assertThat(carla.queuePosition(carlaPlace.entryId()).position()).isEqualTo(2);
        }
    }

    private static BilheteriaClient registerAndLogIn(TestBackend backend, String email) {
        BilheteriaClient client = backend.anonymous();
        client.registerCustomer(new CustomerRegistration("Bruno", email, "correct-horse", null));
        client.login(email, "correct-horse");
        return client;
    }
}
