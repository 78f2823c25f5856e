package io.bilheteria.boxoffice.partner;

import static io.bilheteria.boxoffice.partner.PartnerDesk.THEATRE;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.boxoffice.testing.ClassBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The event tab's decisions without a stage: its calls run inline against the real backend. */
class EventViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();
    private PartnerDesk desk;
    private EventViewModel event;

    @BeforeEach
    void open() {
        desk = new PartnerDesk(backend.get());
        event = new EventViewModel(desk.partner, desk.calls, desk.message, desk.inputs, desk.saved::add);
    }

    @Test
    void aNewEventIsCreatedAsTypedAndReportedSaved() {
        event.show(null);
        assertThat(event.saveTextProperty().get()).isEqualTo("Criar evento");
        event.titleProperty().set("  Sonho de uma Noite de Verão ");
        event.venueProperty().set("Teatro Oficina");
        event.cityProperty().set("São Paulo");

        event.save();

        assertThat(desk.said()).isEqualTo("Evento «Sonho de uma Noite de Verão» criado. Agora as sessões, as seções e os lugares.");
        EventSummary created = desk.event("Sonho de uma Noite de Verão");
        assertThat(created.venue()).isEqualTo("Teatro Oficina");
        assertThat(desk.saved).containsExactly(created.id());
    }

    @Test
    void anEventWithoutATitleIsSaidAndNothingIsCreated() {
        int before = backend.get().as("partner").partnerEvents(null).items().size();
        event.show(null);
        event.venueProperty().set("Teatro Oficina");

        event.save();

        assertThat(desk.said()).contains("Título");
        assertThat(desk.message.warningProperty().get()).isTrue();
        assertThat(desk.saved).isEmpty();
        assertThat(backend.get().as("partner").partnerEvents(null).items()).hasSize(before);
    }

    @Test
    void anEventShownFillsTheFormAndItsChangeIsSaved() {
        EventSummary theatre = desk.newEvent("Para Mudar");
        event.show(theatre);
        assertThat(event.titleProperty().get()).isEqualTo("Para Mudar");
        assertThat(event.venueProperty().get()).isEqualTo("Teatro Oficina");
        assertThat(event.saveTextProperty().get()).isEqualTo("Salvar alterações");

        event.categoryProperty().set("Teatro");
        event.save();

        assertThat(desk.said()).isEqualTo("Evento «Para Mudar» salvo.");
        assertThat(desk.event("Para Mudar").category()).isEqualTo("Teatro");
        assertThat(desk.saved).containsExactly(theatre.id());
    }

    @Test
    void aNewEventEmptiesTheForm() {
        event.show(desk.event(THEATRE));

        event.show(null);

        assertThat(event.titleProperty().get()).isEmpty();
        assertThat(event.venueProperty().get()).isEmpty();
        assertThat(event.posterProperty().get()).isEmpty();
    }
}
