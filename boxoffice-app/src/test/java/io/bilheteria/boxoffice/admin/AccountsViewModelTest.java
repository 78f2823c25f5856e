package io.bilheteria.boxoffice.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.admin.StaffAccount;
import io.bilheteria.api.auth.Role;
import io.bilheteria.boxoffice.admin.AccountsViewModel.PartnerChoice;
import io.bilheteria.boxoffice.testing.ClassBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin's staff accounts tab without a stage: its calls run inline against the real backend. */
class AccountsViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();
    private AdminDesk desk;
    private AccountsViewModel accounts;

    @BeforeEach
    void open() {
        desk = new AdminDesk(backend.get());
        desk.partners.setAll(backend.get().as("admin").partners().items());
        accounts = new AccountsViewModel(desk.messages, desk.console, desk.partners, desk.tasks);
        accounts.reload();
    }

    @Test
    void theChoicesFollowThePartnersAndTheFilterListsOnlyThatPartnersAccounts() {
        Partner nova = backend.get().as("admin").createPartner(new PartnerDraft("Filtrada", null, null));
        backend.get().as("admin").createStaffAccount(new AccountDraft("caixa.filtrada", "caixa-senha-1", Role.CASHIER,
                nova.id()));
        assertThat(accounts.filterProperty().get().label()).isEqualTo("Todos os parceiros e a bilheteria do local");
        assertThat(accounts.ownerProperty().get().label()).isEqualTo("Bilheteria do local (vende todos)");

        desk.partners.add(nova);
        accounts.filterProperty().set(choice("Filtrada"));

        assertThat(accounts.owners()).extracting(PartnerChoice::label).contains("Filtrada");
        assertThat(accounts.accounts()).extracting(StaffAccount::username).containsExactly("caixa.filtrada");
        assertThat(accounts.partnerName(nova.id())).isEqualTo("Filtrada");
    }

    @Test
    void aCashierIsMadeForAPartnerAndPicked() {
        Partner nova = backend.get().as("admin").createPartner(new PartnerDraft("Nova Produções", null, null));
        desk.partners.add(nova);
        accounts.usernameProperty().set("caixa.nova");
        accounts.passwordProperty().set("caixa-senha-1");
        accounts.roleProperty().set(Role.CASHIER);
        accounts.ownerProperty().set(accounts.owners().stream().filter(c -> c.partner() != null
                && c.partner().id().equals(nova.id())).findFirst().orElseThrow());

        accounts.create();

        assertThat(accounts.messageProperty().get()).isEqualTo("Conta caixa.nova criada: Caixa, Nova Produções.");
        assertThat(backend.get().as("admin").staffAccounts(nova.id()).items()).singleElement()
                .extracting(StaffAccount::role).isEqualTo(Role.CASHIER);
        assertThat(accounts.pickedProperty().get().username()).isEqualTo("caixa.nova");
        assertThat(accounts.chosenProperty().get()).isEqualTo("caixa.nova · Caixa · Nova Produções");
        assertThat(accounts.usernameProperty().get()).isEmpty();
        assertThat(accounts.passwordProperty().get()).isEmpty();
    }

    @Test
    void aShortPasswordOrAMissingRoleIsSaidAndNothingIsCreated() {
        accounts.usernameProperty().set("curta");
        accounts.passwordProperty().set("1234");
        accounts.roleProperty().set(Role.GATE);
        accounts.create();
        assertThat(accounts.messageProperty().get()).isEqualTo("A senha precisa de pelo menos 8 caracteres.");

        accounts.passwordProperty().set("longa-o-bastante");
        accounts.roleProperty().set(null);
        accounts.create();
        assertThat(accounts.messageProperty().get()).isEqualTo("Escolha o papel da conta.");

        assertThat(backend.get().as("admin").staffAccounts(null).items()).extracting(StaffAccount::username)
                .doesNotContain("curta");
    }

    @Test
    void aUsernameTakenIsSaid() {
        accounts.usernameProperty().set("gate");
        accounts.passwordProperty().set("outra-senha-1");
        accounts.roleProperty().set(Role.GATE);

        accounts.create();

        assertThat(accounts.messageProperty().get()).isEqualTo("O usuário gate já existe. Escolha outro.");
    }

    @Test
    void thePickedAccountGetsANewPasswordAndIsDisabledThenEnabled() {
        backend.get().as("admin").createStaffAccount(new AccountDraft("porteiro", "porteiro-senha", Role.GATE, null));
        accounts.reload();
        assertThat(accounts.accountPickedProperty().get()).isFalse();
        accounts.resetPassword();
        assertThat(accounts.messageProperty().get()).isEqualTo("Escolha uma conta na tabela.");
        accounts.pick(account("porteiro"));

        accounts.newPasswordProperty().set("nova-senha-porteiro");
        accounts.resetPassword();

        assertThat(accounts.messageProperty().get()).startsWith("Nova senha de porteiro gravada");
        assertThat(accounts.newPasswordProperty().get()).isEmpty();
        backend.get().client().login("porteiro", "nova-senha-porteiro");

        accounts.toggle();

        assertThat(accounts.messageProperty().get()).startsWith("Conta porteiro desativada");
        assertThat(accounts.toggleTextProperty().get()).isEqualTo("Reativar conta");
        assertThat(accounts.statusText(accounts.pickedProperty().get())).isEqualTo("Desativado");

        accounts.toggle();

        assertThat(accounts.messageProperty().get()).isEqualTo("Conta porteiro reativada.");
    }

    private PartnerChoice choice(String name) {
        return accounts.filters().stream().filter(c -> c.label().equals(name)).findFirst().orElseThrow();
    }

    private StaffAccount account(String username) {
        return accounts.accounts().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }
}
