package io.bilheteria.boxoffice.partner;

import static io.bilheteria.boxoffice.partner.PartnerDesk.THEATRE;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.boxoffice.testing.ClassBackend;
import io.bilheteria.client.BilheteriaClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The partner's back office without a stage: its events, the one picked, a code looked up; inline against the real backend. */
class PartnerViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();
    /** What each tab was shown, in order: the event's title, or "new". */
    private final List<String> shown = new ArrayList<>();

    private PartnerViewModel screen(PartnerDesk desk) {
        PartnerViewModel model = new PartnerViewModel(desk.partner, desk.calls, desk.message);
        model.detailedBy(List.of(event -> shown.add(event == null ? "new" : event.title())));
        return model;
    }

    private PartnerDesk desk;
    private PartnerViewModel partner;

    @BeforeEach
    void open() {
        desk = new PartnerDesk(backend.get());
        partner = screen(desk);
        partner.open();
    }

    @Test
    void typedTextFiltersTheEventsAndEnterOpensTheOneLeft() {
        assertThat(partner.events()).extracting(EventSummary::title).contains(THEATRE);

        partner.findProperty().set("compadec");
        assertThat(partner.events()).extracting(EventSummary::title).containsExactly(THEATRE);
        partner.findOrOpen();

        assertThat(partner.pickedProperty().get().title()).isEqualTo(THEATRE);
        assertThat(partner.eventOpenProperty().get()).isTrue();
        assertThat(shown).containsExactly(THEATRE);
    }

    @Test
    void aNewEventClosesTheOtherTabsAndSaysWhatToDo() {
        partner.pick(partner.events().get(0));

        partner.startNew();

        assertThat(partner.pickedProperty().get()).isNull();
        assertThat(partner.eventOpenProperty().get()).isFalse();
        assertThat(shown).last().isEqualTo("new");
        assertThat(desk.said()).startsWith("Novo evento: preencha o título");
    }

    @Test
    void pickingAnEventClearsTheMessageAboutTheOneBefore() {
        partner.startNew();

        partner.pick(partner.events().get(0));

        assertThat(desk.said()).isEmpty();
    }

    @Test
    void aSaveReadsTheListAgainWithTheSavedEventPickedAndKeepsTheSavesMessage() {
        EventSummary made = desk.newEvent("Salvo Agora");
        desk.message.say("partner.event.saved", "Salvo Agora");

        partner.saved(made.id());

        assertThat(partner.events()).extracting(EventSummary::title).contains("Salvo Agora");
        assertThat(partner.pickedProperty().get().id()).isEqualTo(made.id());
        assertThat(desk.said()).isEqualTo("Evento «Salvo Agora» salvo.");
    }

    @Test
    void anotherPartnersEventCodeIsRefusedAndAnUnknownCodeIsSaid() {
        BilheteriaClient admin = backend.get().as("admin");
        Partner other = admin.createPartner(new PartnerDraft("Outra Produtora", null, null));
        admin.createStaffAccount(new AccountDraft("outra", "outra-senha-123", Role.PARTNER, other.id()));
        String theatre = desk.event(THEATRE).id();
        PartnerDesk outra = new PartnerDesk(backend.get(), "outra", "outra-senha-123");
        PartnerViewModel theirs = screen(outra);
        theirs.open();
        assertThat(theirs.events()).as("none of the demo partner's").isEmpty();

        theirs.findProperty().set(theatre);
        theirs.findOrOpen();
        assertThat(outra.said()).isEqualTo("«O Auto da Compadecida» é de outro parceiro: cada parceiro vê e altera só os próprios eventos.");
        assertThat(theirs.pickedProperty().get()).isNull();

        theirs.findProperty().set("EVT-NAO-EXISTE");
        theirs.findOrOpen();
        assertThat(outra.said()).isEqualTo("Nenhum evento tem o código EVT-NAO-EXISTE.");
    }

    @Test
    void aBackendOutOfReachIsSaidWithTryAgainWhichLoadsTheEventsOnceItIsBack() {
        PartnerViewModel fresh = screen(desk);
        backend.get().stop();
        try {
            fresh.open();
            assertThat(desk.said()).isEqualTo(desk.messages.get("common.offline"));
            assertThat(desk.message.retryProperty().get()).isNotNull();
        } finally {
            backend.get().restart();
        }

        desk.message.retry();

        assertThat(fresh.events()).extracting(EventSummary::title).contains(THEATRE);
        assertThat(desk.message.retryProperty().get()).isNull();
    }
}
