package io.bilheteria.backend.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.admin.AccountChange;
import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.admin.StaffAccount;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.api.reports.PartnerSales;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.testing.Together;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ConflictException;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.client.UnauthorizedException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The admin takes a partner on, with its staff and fee, and can switch it off and on again. */
class PartnerAdminTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anAdminCreatesAPartnerAndACashierThatLogInAndDisablingThePartnerShutsThemOut(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient admin = backend.as("admin");
            Partner nova = admin.createPartner(new PartnerDraft("Nova Produções", 500, null));
            assertThat(nova.feeBps()).isEqualTo(500);
            assertThat(nova.enabled()).isTrue();
            assertThat(admin.partners().items()).extracting(Partner::name).contains("Nova Produções");
            admin.createStaffAccount(new AccountDraft("nova", "nova-senha-1", Role.PARTNER, nova.id()));
            StaffAccount caixa = admin.createStaffAccount(new AccountDraft("Caixa.Nova", "caixa-senha-1", Role.CASHIER,
                    nova.id()));
            assertThat(caixa.username()).isEqualTo("caixa.nova");
            assertThat(admin.staffAccounts(nova.id()).items()).extracting(StaffAccount::username)
                    .containsExactly("caixa.nova", "nova");
            assertThatThrownBy(() -> admin.createStaffAccount(new AccountDraft("nova", "outra-senha", Role.GATE, null)))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> admin.createStaffAccount(new AccountDraft("x", "outra-senha", Role.CUSTOMER, null)))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> admin.createStaffAccount(new AccountDraft("y", "curta", Role.GATE, null)))
                    .isInstanceOf(InvalidRequestException.class);

            BilheteriaClient partner = login(backend, "nova", "nova-senha-1");
            BilheteriaClient cashier = login(backend, "caixa.nova", "caixa-senha-1");
            cashier.openShift();
            EventSummary event = partner.createEvent(new EventDraft(null, "Festival Nova", null, null, null, null, null));
            ManagedSection pista = partner.createSection(event.id(), new SectionDraft("Pista", "#00838F", 10000L, null));
            partner.replaceLayout(pista.id(), LayoutSpec.straight(2, 10));
            String session = partner.createSession(event.id(),
                    new SessionDraft(Instant.now().plus(Duration.ofDays(10)), null)).id();
            Order sold = sell(cashier, session, pista.id());
            assertThat(sold.platformFeeCents()).as("the partner's 5 %% fee").isEqualTo(500);
            assertThat(sold.partnerNetCents()).isEqualTo(9500);

            admin.editPartner(nova.id(), new PartnerDraft(null, null, false));

            assertThatThrownBy(() -> login(backend, "nova", "nova-senha-1")).isInstanceOf(UnauthorizedException.class);
            assertThatThrownBy(() -> login(backend, "caixa.nova", "caixa-senha-1"))
                    .isInstanceOf(UnauthorizedException.class);
            assertThatThrownBy(() -> partner.partnerEvents(null)).as("a token from before is refused too")
                    .isInstanceOf(UnauthorizedException.class);
            assertThat(backend.anonymous().events("Festival Nova", null, null).items()).as("not on sale").isEmpty();
            BilheteriaClient venueKiosk = backend.as("kiosk");
            assertThatThrownBy(() -> venueKiosk.hold(HoldRequest.bestAvailable(session, pista.id(), 1)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("not on sale");
            assertThat(admin.platformReport().partners()).filteredOn(p -> p.partnerId().equals(nova.id()))
                    .singleElement().extracting(p -> p.totals().grossCents()).isEqualTo(10000L);

            admin.editPartner(nova.id(), new PartnerDraft(null, null, true));
            assertThat(backend.anonymous().events("Festival Nova", null, null).items()).hasSize(1);
            assertThat(venueKiosk.hold(HoldRequest.bestAvailable(session, pista.id(), 1)).seatIds()).hasSize(1);
            BilheteriaClient back = login(backend, "caixa.nova", "caixa-senha-1");

            admin.changeStaffAccount(caixa.id(), new AccountChange(null, "nova-senha-do-caixa"));
            assertThatThrownBy(() -> back.partnerEvents(null)).as("a new password signs the account out")
                    .isInstanceOf(UnauthorizedException.class);
            assertThatThrownBy(() -> login(backend, "caixa.nova", "caixa-senha-1"))
                    .isInstanceOf(UnauthorizedException.class);
            BilheteriaClient withNewPassword = login(backend, "caixa.nova", "nova-senha-do-caixa");
            assertThat(admin.changeStaffAccount(caixa.id(), new AccountChange(false, null)).enabled()).isFalse();
            assertThatThrownBy(() -> withNewPassword.hold(HoldRequest.bestAvailable(session, pista.id(), 1)))
                    .isInstanceOf(UnauthorizedException.class);
            assertThatThrownBy(() -> login(backend, "caixa.nova", "nova-senha-do-caixa"))
                    .isInstanceOf(UnauthorizedException.class);
            assertThatThrownBy(() -> admin.editPartner(nova.id(), new PartnerDraft(null, 10_001, null)))
                    .isInstanceOf(InvalidRequestException.class);
            assertThat(admin.platformReport().partners()).extracting(PartnerSales::name).contains("Nova Produções");
            String adminId = Sql.strings(backend, "SELECT id FROM accounts WHERE username = 'admin'").get(0);
            assertThatThrownBy(() -> admin.changeStaffAccount(adminId, new AccountChange(false, null)))
                    .as("admins are not staff: no admin can shut all admins out").isInstanceOf(NotFoundException.class);
            assertThat(admin.staffAccounts(null).items()).extracting(StaffAccount::role).doesNotContain(Role.ADMIN);
        }
    }

    private static BilheteriaClient login(TestBackend backend, String user, String password) {
        BilheteriaClient client = backend.anonymous();
        client.login(user, password);
        return client;
    }

    private static Order sell(BilheteriaClient seller, String session, String section) {
        var hold = seller.hold(HoldRequest.bestAvailable(session, section, 1));
        OrderCreated order = seller.createOrder(OrderRequest.of(hold.holdId()));
        seller.pay(order.orderId(), Cards.APPROVED);
        return seller.order(order.orderId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void eightCallsCreatingOneUsernameAtOnceMakeOneAccountAndTellTheOthersItIsTaken(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient admin = backend.as("admin");
            var outcomes = Together.run(8, Duration.ofSeconds(60), i -> () -> admin.createStaffAccount(
                    new AccountDraft("caixa.dois", "caixa-senha-" + i, Role.CASHIER, null)));

            assertThat(outcomes).filteredOn(Together.Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).allSatisfy(outcome ->
                    assertThat(outcome.error()).isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.problem().detail()).contains("'caixa.dois' is taken");
                    }));
            assertThat(backend.as("admin").staffAccounts(null).items())
                    .filteredOn(account -> account.username().equals("caixa.dois")).hasSize(1);
        }
    }
}
