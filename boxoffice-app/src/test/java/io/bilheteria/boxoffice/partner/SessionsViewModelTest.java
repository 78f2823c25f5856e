package io.bilheteria.boxoffice.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.boxoffice.testing.ClassBackend;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sessions tab's decisions without a stage: its calls run inline against the real backend. */
class SessionsViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();
    private final LocalDate day = LocalDate.now(PartnerDesk.VENUE).plusDays(30);
    private PartnerDesk desk;
    private SessionsViewModel sessions;

    @BeforeEach
    void open() {
        desk = new PartnerDesk(backend.get());
        sessions = new SessionsViewModel(desk.partner, desk.calls, desk.message, desk.inputs, PartnerDesk.VENUE,
                desk.saved::add);
    }

    @Test
    void aDateTypedButNotConfirmedAndATimeMakeASessionOnTheVenuesClockWithTheLawsHalfPriceShare() {
        EventSummary event = desk.newEvent("Sessão Digitada");
        sessions.show(event);
        assertThat(sessions.sessionPickedProperty().get()).as("saving and deleting need a session picked").isFalse();

        sessions.dayTypedProperty().set(sessions.days().toString(day));
        sessions.timeProperty().set("20h30");
        sessions.add();

        assertThat(desk.said()).startsWith("Sessão de").endsWith("adicionada.");
        assertThat(desk.saved).containsExactly(event.id());
        SessionSummary made = desk.event("Sessão Digitada").sessions().get(0);
        assertThat(made.startsAt()).isEqualTo(LocalDateTime.of(day, LocalTime.of(20, 30)).atZone(PartnerDesk.VENUE).toInstant());
        assertThat(made.halfPriceCapPercent()).isEqualTo(40);
    }

    @Test
    void aDateThatIsNoDateIsSaidWithAnExampleAndNothingIsSent() {
        EventSummary event = desk.newEvent("Data Errada");
        sessions.show(event);
        sessions.dayTypedProperty().set("31/02/20xx");
        sessions.timeProperty().set("20:00");

        sessions.add();

        assertThat(desk.said()).contains("Data").contains(sessions.days().toString(LocalDate.now(PartnerDesk.VENUE)));
        assertThat(desk.message.warningProperty().get()).isTrue();
        assertThat(desk.event("Data Errada").sessions()).isEmpty();
    }

    @Test
    void aPickedSessionFillsTheFormAndAHalfPriceShareOver100IsRefusedNamingTheField() {
        EventSummary event = withSession("Meia-Entrada", 25);
        sessions.show(event);
        SessionSummary session = sessions.sessions().get(0);

        sessions.pick(session);

        assertThat(sessions.dayProperty().get()).isEqualTo(day);
        assertThat(sessions.timeProperty().get()).isEqualTo("19:00");
        assertThat(sessions.halfPriceProperty().get()).isEqualTo("25");
        assertThat(sessions.sessionPickedProperty().get()).isTrue();

        sessions.halfPriceProperty().set("101");
        sessions.change();

        assertThat(desk.said()).contains("Meia-entrada (% dos lugares)").contains("100");
        assertThat(desk.event("Meia-Entrada").sessions().get(0).halfPriceCapPercent()).isEqualTo(25);
    }

    @Test
    void aChangedShareIsSavedAndTheEventShownAgain() {
        EventSummary event = withSession("Nova Meia", 40);
        sessions.show(event);
        sessions.pick(sessions.sessions().get(0));

        sessions.halfPriceProperty().set("10");
        sessions.change();

        assertThat(desk.said()).startsWith("Sessão de").endsWith("salva.");
        assertThat(desk.saved).containsExactly(event.id());
        assertThat(desk.event("Nova Meia").sessions().get(0).halfPriceCapPercent()).isEqualTo(10);
    }

    @Test
    void deletingAsksFirstAndTheSecondDeleteDoesIt() {
        EventSummary event = withSession("Excluir", 40);
        sessions.show(event);
        sessions.pick(sessions.sessions().get(0));

        sessions.delete();

        assertThat(desk.said()).startsWith("Excluir a sessão de").endsWith("para confirmar.");
        assertThat(desk.event("Excluir").sessions()).as("nothing deleted on the first").hasSize(1);

        sessions.delete();

        assertThat(desk.said()).startsWith("Sessão de").endsWith("excluída.");
        assertThat(desk.event("Excluir").sessions()).isEmpty();
        assertThat(desk.saved).containsExactly(event.id());
    }

    @Test
    void pickingAnotherSessionWithdrawsTheQuestion() {
        EventSummary event = withSession("Duas Sessões", 40);
        backend.get().as("partner").createSession(event.id(), new SessionDraft(
                LocalDateTime.of(day.plusDays(1), LocalTime.of(21, 0)).atZone(PartnerDesk.VENUE).toInstant(), null));
        sessions.show(desk.event("Duas Sessões"));
        sessions.pick(sessions.sessions().get(0));
        sessions.delete();

        sessions.pick(sessions.sessions().get(1));
        sessions.delete();

        assertThat(desk.said()).as("asked again, about this one").startsWith("Excluir a sessão de");
        assertThat(desk.event("Duas Sessões").sessions()).hasSize(2);
    }

    /** A new event with one session at 19:00 on the test's day, with this half-price share. */
    private EventSummary withSession(String title, int halfPriceShare) {
        EventSummary event = desk.newEvent(title);
        backend.get().as("partner").createSession(event.id(), new SessionDraft(
                LocalDateTime.of(day, LocalTime.of(19, 0)).atZone(PartnerDesk.VENUE).toInstant(), null,
                halfPriceShare));
        return desk.event(title);
    }
}
