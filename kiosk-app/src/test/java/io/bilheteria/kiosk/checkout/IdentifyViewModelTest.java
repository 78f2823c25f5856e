package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.ModelParts;
import io.bilheteria.kiosk.checkout.IdentifyViewModel.Form;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who is buying, decided without a stage: what is typed goes to a real backend, calls run inline. */
class IdentifyViewModelTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private final ModelParts kiosk = ModelParts.on(backend);
    private final IdentifyViewModel model = new IdentifyViewModel(kiosk.sale(), kiosk.calls(), kiosk.messages(),
            kiosk.journey().on(Place.IDENTIFY));

    {
        model.shown();
    }

    @Test
    void aGuestGivesAnEmailForTheReceiptAndGoesOnToTheReview() {
        model.open(Form.GUEST);
        model.guestEmailProperty().set("ze@ex.com");

        model.continueAsGuest();

        assertThat(kiosk.sale().buyer().orElseThrow().email()).isEqualTo("ze@ex.com");
        assertThat(kiosk.journey().places()).containsExactly(Place.REVIEW);
    }

    @Test
    void printingOnlyAsksForNothing() {
        model.printOnly();

        assertThat(kiosk.sale().buyer().orElseThrow().email()).isNull();
        assertThat(kiosk.journey().places()).containsExactly(Place.REVIEW);
    }

    @Test
    void anaLogsInAndBuysInHerName() {
        model.open(Form.LOGIN);
        model.loginEmailProperty().set("ana@example.com");
        model.loginPasswordProperty().set("demo-customer");

        model.logIn();

        assertThat(kiosk.sale().buyer().orElseThrow().customerId()).isNotNull();
        assertThat(kiosk.journey().places()).containsExactly(Place.REVIEW);
    }

    @Test
    void aWrongPasswordIsSaidInPlainWordsAndTheCustomerMayTryAgain() {
        model.open(Form.LOGIN);
        model.loginEmailProperty().set("ana@example.com");
        model.loginPasswordProperty().set("not-her-password");

        model.logIn();

        assertThat(model.refusalProperty().get()).isEqualTo("E-mail ou senha incorretos. Confira e tente de novo.");
        assertThat(model.formProperty().get()).isEqualTo(Form.LOGIN);
        assertThat(kiosk.sale().buyer()).isEmpty();
        assertThat(kiosk.journey().places()).isEmpty();
    }

    @Test
    void registeringWithAnEmailAlreadyTakenOrAnInvalidCpfIsRefusedInPlainWords() {
        model.open(Form.REGISTER);
        model.registerNameProperty().set("Ana");
        model.registerEmailProperty().set("ana@example.com");
        model.registerPasswordProperty().set("senha-nova");
        model.register();
        assertThat(model.refusalProperty().get()).startsWith("Já existe uma conta com este e-mail.");

        model.registerEmailProperty().set("bia@ex.com");
        model.registerCpfProperty().set("12345678900");
        model.register();
        assertThat(model.refusalProperty().get())
                .isEqualTo("Este CPF não é válido. Confira os números ou deixe o campo em branco.");
        assertThat(kiosk.sale().buyer()).isEmpty();
    }

    @Test
    void aGuestEmailThatIsNoAddressIsRefusedBeforeAskingTheBackend() {
        model.open(Form.GUEST);
        model.guestEmailProperty().set("ze-at-ex.com");

        model.continueAsGuest();

        assertThat(model.refusalProperty().get()).isEqualTo("Este e-mail não parece válido. Confira, por favor.");
        kiosk.messages().setLocale(Messages.ENGLISH);
        assertThat(model.refusalProperty().get()).doesNotContain("Este e-mail");
    }

    @Test
    void theNextCustomerFindsTheChoicesAndNothingTypedBefore() {
        model.open(Form.LOGIN);
        model.loginEmailProperty().set("ana@example.com");
        model.loginPasswordProperty().set("wrong-one");
        model.logIn();
        model.hidden();

        model.shown();

        assertThat(model.formProperty().get()).isEqualTo(Form.CHOICES);
        assertThat(model.loginEmailProperty().get()).isEmpty();
        assertThat(model.loginPasswordProperty().get()).isEmpty();
        assertThat(model.refusalProperty().get()).isEmpty();
    }
}
