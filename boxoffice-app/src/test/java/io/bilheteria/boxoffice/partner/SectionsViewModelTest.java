package io.bilheteria.boxoffice.partner;

import static io.bilheteria.boxoffice.partner.PartnerDesk.THEATRE;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.boxoffice.testing.ClassBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sections tab's decisions without a stage: its calls run inline against the real backend. */
class SectionsViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();
    private PartnerDesk desk;
    private SectionsViewModel sections;

    @BeforeEach
    void open() {
        desk = new PartnerDesk(backend.get());
        sections = new SectionsViewModel(desk.partner, desk.calls, desk.message, desk.inputs, PartnerDesk.VENUE);
    }

    @Test
    void anEventOpensWithItsFirstSectionPickedAndItsSavedSeatsOnTheMap() {
        sections.show(desk.event(THEATRE));

        assertThat(sections.sections()).extracting(ManagedSection::name).contains("Plateia", "Balcão");
        assertThat(sections.pickedProperty().get().name()).isEqualTo(sections.sections().get(0).name());
        assertThat(sections.nameProperty().get()).isEqualTo(sections.sections().get(0).name());
        assertThat(sections.captionProperty().get()).startsWith("Mapa salvo de «" + sections.nameProperty().get() + "»");
        assertThat(sections.mapProperty().get().seats()).isNotEmpty();
        assertThat(sections.occupancyProperty().get()).as("the first session's sales colour the map").isNotNull();
    }

    @Test
    void aSectionWithoutANameIsSaidAndNothingIsSent() {
        EventSummary event = desk.newEvent("Sem Nome Ainda");
        sections.show(event);
        sections.priceProperty().set("50,00");

        sections.addSection();

        assertThat(desk.said()).contains("Seção");
        assertThat(desk.message.warningProperty().get()).isTrue();
        assertThat(backend.get().as("partner").sections(event.id()).items()).isEmpty();
    }

    @Test
    void aNewSectionIsAddedWithItsColourAndPriceAndPicked() {
        EventSummary event = desk.newEvent("Seção Nova");
        sections.show(event);
        assertThat(sections.sectionPickedProperty().get()).as("nothing to save yet").isFalse();
        sections.nameProperty().set("Pista");
        sections.colorProperty().set("#00838F");
        sections.priceProperty().set("R$ 80");

        sections.addSection();

        assertThat(desk.said()).startsWith("Seção «Pista» adicionada");
        assertThat(sections.pickedProperty().get().name()).isEqualTo("Pista");
        assertThat(sections.sectionPickedProperty().get()).isTrue();
        ManagedSection sent = backend.get().as("partner").sections(event.id()).items().get(0);
        assertThat(sent.priceCents()).isEqualTo(8000);
        assertThat(sent.color()).isEqualToIgnoringCase("#00838F");
    }

    @Test
    void aPreviewShowsTheSeatsWithoutSavingAndItsSeatsCannotBeEdited() {
        EventSummary event = desk.newEvent("Prévia");
        sections.show(event);
        sections.nameProperty().set("Plateia");
        sections.priceProperty().set("100,00");
        sections.addSection();
        sections.layout().rowsProperty().set("4");
        sections.layout().seatsPerRowProperty().set("10");
        sections.layout().accessibleProperty().set("a1, A10");

        sections.preview();

        assertThat(sections.mapProperty().get().seats()).hasSize(40);
        assertThat(sections.mapProperty().get().seats()).filteredOn(Seat::accessible)
                .extracting(s -> s.row() + s.number()).containsExactlyInAnyOrder("A1", "A10");
        assertThat(sections.captionProperty().get()).startsWith("Pré-visualização de «Plateia» (ainda não salva): 40 lugares em 4 fileiras");
        assertThat(backend.get().as("partner").sections(event.id()).items().get(0).seatCount()).isZero();
        sections.seatsPicked(List.of(sections.mapProperty().get().seats().get(0)));
        assertThat(sections.seatsEditableProperty().get()).as("a preview's seats are not saved").isFalse();
        sections.removeSeats();
        assertThat(desk.said()).startsWith("Escolha lugares no mapa salvo primeiro");
    }

    @Test
    void aMistakeInTheLayoutNamesTheFieldAndNothingIsGenerated() {
        sections.show(desk.newEvent("Erro de Digitação"));
        sections.nameProperty().set("Plateia");
        sections.priceProperty().set("100,00");
        sections.addSection();
        sections.layout().rowsProperty().set("0");
        sections.layout().seatsPerRowProperty().set("10");

        sections.apply();

        assertThat(desk.said()).contains("Fileiras");
        assertThat(sections.mapProperty().get().seats()).isEmpty();
    }

    @Test
    void theLayoutAppliedIsSavedAndShownThenRefusedOnceASeatIsSold() {
        EventSummary event = desk.newEvent("Aplicar");
        sections.show(event);
        sections.nameProperty().set("Plateia");
        sections.priceProperty().set("100,00");
        sections.addSection();
        sections.layout().rowsProperty().set("3");
        sections.layout().seatsPerRowProperty().set("5");
        sections.layout().curvedProperty().set(true);
        sections.layout().radiusProperty().set("8");

        sections.apply();

        assertThat(desk.said()).startsWith("Lugares de «Plateia» salvos: 15 lugares");
        assertThat(sections.captionProperty().get()).isEqualTo("Mapa salvo de «Plateia»: 15 lugares, 0 vendidos");
        assertThat(sections.sections()).singleElement().extracting(ManagedSection::seatCount).isEqualTo(15);

        String session = backend.get().as("partner").createSession(event.id(),
                new SessionDraft(Instant.now().plus(Duration.ofDays(9)), null)).id();
        backend.get().sell(session, sections.pickedProperty().get().id(), 1);
        sections.layout().curvedProperty().set(false);

        sections.apply();

        assertThat(desk.said()).startsWith("Os lugares não podem mudar").contains("sold");
        assertThat(desk.message.retryProperty().get()).as("a refusal is not offered again").isNull();
        assertThat(backend.get().as("partner").sections(event.id()).items().get(0).seatCount()).isEqualTo(15);
    }

    @Test
    void seatsPickedOnTheSavedMapAreMarkedForWheelchairsAndRemoved() {
        EventSummary event = desk.newEvent("Cadeirantes");
        sections.show(event);
        sections.nameProperty().set("Balcão");
        sections.priceProperty().set("60,00");
        sections.addSection();
        sections.layout().rowsProperty().set("2");
        sections.layout().seatsPerRowProperty().set("4");
        sections.apply();
        assertThat(sections.seatsPickedTextProperty().get()).isEqualTo("Clique nos lugares para escolhê-los.");
        Seat first = seat("A", 1);

        sections.seatsPicked(List.of(first));
        assertThat(sections.seatsPickedTextProperty().get()).isEqualTo("Fileira A, lugar 1");
        assertThat(sections.seatsEditableProperty().get()).isTrue();
        sections.markAccessible(true);

        assertThat(desk.said()).isEqualTo("1 lugar marcado para cadeirantes.");
        assertThat(seat("A", 1).accessible()).isTrue();

        sections.seatsPicked(List.of(seat("B", 3), seat("B", 4)));
        assertThat(sections.seatsPickedTextProperty().get()).isEqualTo("2 lugares escolhidos");
        sections.removeSeats();

        assertThat(desk.said()).isEqualTo("2 lugares removidos de todas as sessões.");
        assertThat(sections.captionProperty().get()).startsWith("Mapa salvo de «Balcão»: 6 lugares");
        assertThat(backend.get().as("partner").sectionLayout(sections.pickedProperty().get().id()).seats())
                .extracting(s -> s.row() + s.number()).doesNotContain("B3", "B4");
    }

    private Seat seat(String row, int number) {
        return sections.mapProperty().get().seats().stream().filter(s -> s.row().equals(row) && s.number() == number)
                .findFirst().orElseThrow();
    }
}
