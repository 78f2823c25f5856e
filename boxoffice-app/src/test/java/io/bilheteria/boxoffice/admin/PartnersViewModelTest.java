package io.bilheteria.boxoffice.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.boxoffice.testing.ClassBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin's partners tab without a stage: its calls run inline against the real backend. */
class PartnersViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();
    private AdminDesk desk;
    private PartnersViewModel partners;

    @BeforeEach
    void open() {
        desk = new AdminDesk(backend.get());
        partners = new PartnersViewModel(desk.messages, desk.console, desk.partners, desk.tasks, AdminDesk.VENUE);
        partners.reload();
    }

    @Test
    void aNewPartnerIsCreatedWithItsFeeListedAndPicked() {
        partners.newNameProperty().set("Nova Produções");
        partners.newFeeProperty().set("7,5");

        partners.create();

        assertThat(partners.messageProperty().get()).isEqualTo("Parceiro Nova Produções criado, taxa 7,5 %.");
        assertThat(desk.partner("Nova Produções").feeBps()).isEqualTo(750);
        assertThat(partners.pickedProperty().get().name()).isEqualTo("Nova Produções");
        assertThat(partners.feeProperty().get()).isEqualTo("7,5 %");
        assertThat(partners.newNameProperty().get()).as("the form empty for the next").isEmpty();
        assertThat(partners.partners()).extracting(Partner::name).contains("Nova Produções");
    }

    @Test
    void aFeeOver100IsSaidAndNothingIsCreated() {
        int before = partners.partners().size();
        partners.newNameProperty().set("Cia. Sem Taxa");
        partners.newFeeProperty().set("150");

        partners.create();

        assertThat(partners.messageProperty().get()).startsWith("A taxa é um percentual de 0 a 100");
        assertThat(backend.get().as("admin").partners().items()).hasSize(before);
    }

    @Test
    void theFeeAndTheSwitchNeedAPartnerPicked() {
        partners.pick(null);
        assertThat(partners.partnerPickedProperty().get()).isFalse();
        assertThat(partners.chosenProperty().get()).isEqualTo("Escolha um parceiro na tabela.");

        partners.saveFee();

        assertThat(partners.messageProperty().get()).isEqualTo("Escolha um parceiro na tabela.");
    }

    @Test
    void theFeeOfThePartnerPickedIsSavedAndShown() {
        Partner taxed = backend.get().as("admin").createPartner(new PartnerDraft("Taxada", null, null));
        partners.reload();
        partners.pick(picked("Taxada"));

        partners.feeProperty().set("12");
        partners.saveFee();

        assertThat(partners.messageProperty().get()).startsWith("Taxa de Taxada: 12 %");
        assertThat(desk.partner("Taxada").feeBps()).isEqualTo(1200);
        assertThat(partners.pickedProperty().get().id()).isEqualTo(taxed.id());
        assertThat(partners.feeText(partners.pickedProperty().get())).isEqualTo("12 %");
    }

    @Test
    void disablingAsksFirstAndIsDoneOnTheSecondAskThenEnablingIsAtOnce() {
        backend.get().as("admin").createPartner(new PartnerDraft("Outra Cia", null, null));
        partners.reload();
        partners.pick(picked("Outra Cia"));
        assertThat(partners.toggleTextProperty().get()).isEqualTo("Desativar parceiro");
        assertThat(partners.toggleDisablesProperty().get()).isTrue();

        partners.toggle();

        assertThat(partners.messageProperty().get()).startsWith("Desativar Outra Cia?");
        assertThat(partners.toggleTextProperty().get()).isEqualTo("Confirmar: desativar");
        assertThat(desk.partner("Outra Cia").enabled()).as("nothing done on the first").isTrue();

        partners.toggle();

        assertThat(partners.messageProperty().get()).startsWith("Outra Cia desativado");
        assertThat(desk.partner("Outra Cia").enabled()).isFalse();
        assertThat(partners.statusText(partners.pickedProperty().get())).isEqualTo("Desativado");
        assertThat(partners.toggleTextProperty().get()).isEqualTo("Reativar parceiro");

        partners.toggle();

        assertThat(partners.messageProperty().get()).startsWith("Outra Cia reativado");
        assertThat(desk.partner("Outra Cia").enabled()).isTrue();
    }

    @Test
    void pickingAnotherPartnerWithdrawsTheQuestion() {
        backend.get().as("admin").createPartner(new PartnerDraft("Primeira", null, null));
        backend.get().as("admin").createPartner(new PartnerDraft("Segunda", null, null));
        partners.reload();
        partners.pick(picked("Primeira"));
        partners.toggle();

        partners.pick(picked("Segunda"));
        partners.toggle();

        assertThat(partners.messageProperty().get()).startsWith("Desativar Segunda?");
        assertThat(desk.partner("Segunda").enabled()).isTrue();
    }

    private Partner picked(String name) {
        return partners.partners().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
