package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.kiosk.Terminals;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.qr.QrCodeView;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A customer from "who is buying" to their tickets, on the real kiosk against a real backend. */
class CheckoutTest extends KioskTest {

    @Start
    void start(Stage stage) {
        open(stage, KioskConfig.defaults(dataDir));
    }

    @Stop
    void stop() {
        kiosk.close();
    }

    @Test
    void aGuestPaysAndGetsEveryTicketAsQrCodeOnScreenAndOnPaper() {
        Hold hold = kiosk.choseSeats(2);
        long popcorn = kiosk.addProduct("Pipoca", 2);
        long seatPrice = kiosk.sale().seatMap().orElseThrow().sections().get(0).priceCents();
        kiosk.toIdentify();

        kiosk.tap("identify-guest").fill("guest-email", "identify-keyboard", "ze@ex.com").tap("guest-submit");

        kiosk.waitFor(Place.REVIEW);
        kiosk.waitUntil(() -> !kiosk.text("review-total").isEmpty(), "the total");
        String total = Money.format(2 * seatPrice + popcorn, "BRL", Messages.PT_BR);
        assertThat(kiosk.text("review-event")).isEqualTo("O Auto da Compadecida");
        assertThat(robot.lookup(".review-seat").queryAll()).hasSize(2);
        assertThat(robot.lookup(".review-product .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("2 × Pipoca", Money.format(popcorn, "BRL", Messages.PT_BR));
        assertThat(kiosk.text("review-total")).isEqualTo(total);
        assertThat(kiosk.text("review-buyer")).contains("ze@ex.com");
        assertThat(kiosk.visible("hold-countdown")).isTrue();

        kiosk.tap("review-pay");
        kiosk.waitFor(Place.PAYMENT);
        kiosk.waitUntil(() -> kiosk.text("payment-amount").contains(total), "the amount to pay");
        kiosk.tap("card-APPROVES");

        kiosk.waitFor(Place.DONE);
        List<Ticket> tickets = kiosk.sale().tickets();
        assertThat(tickets).hasSize(2);
        assertThat(robot.lookup("#done-tickets .qr-code-view").queryAllAs(QrCodeView.class))
                .extracting(QrCodeView::getPayload)
                .containsExactlyInAnyOrderElementsOf(tickets.stream().map(Ticket::qr).toList());
        assertThat(kiosk.text("done-order-code")).contains(kiosk.sale().orderCode().orElseThrow());
        assertThat(kiosk.visible("done-print-failed")).isFalse();
        assertThat(kiosk.printer().lastReceipts()).as("two tickets, a slip per popcorn, the payment receipt").hasSize(5);
        assertThat(robot.lookup("#done-receipts").lookup((ImageView v) -> v.getImage() != null).queryAll())
                .hasSize(5);
        assertThat(seatStatuses(hold)).containsOnly(SeatStatus.SOLD);

        kiosk.tap("done-finish");
        kiosk.waitFor(Place.ATTRACT);
        assertThat(kiosk.sale().tickets()).isEmpty();
    }

    @Test
    void aDeclinedCardKeepsTheSeatsAndAnotherCardPays() {
        kiosk.atIdentify(1);
        payAsGuest();

        assertThat(refusalOf("card-DECLINES")).contains("recusado", "Nada foi cobrado", "outro cartão");
        assertThat(kiosk.window().navigator().getPlace()).isEqualTo(Place.PAYMENT);
        assertThat(kiosk.sale().hold()).isPresent();

        kiosk.tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);
        assertThat(kiosk.sale().tickets()).hasSize(1);
    }

    @Test
    void insufficientFundsAreSaidAsSuch() {
        kiosk.atIdentify(1);
        payAsGuest();

        assertThat(refusalOf("card-INSUFFICIENT_FUNDS")).contains("saldo insuficiente");
        assertThat(robot.lookup("#card-APPROVES").queryButton().isDisabled())
                .as("the pad asks for another card").isFalse();
    }

    @Test
    void anaLogsInAndTheOrderIsHers() {
        kiosk.atIdentify(1);

        kiosk.tap("identify-login")
                .fill("login-email", "identify-keyboard", "ana@example.com")
                .fill("login-password", "identify-keyboard", "demo-customer")
                .tap("login-submit");

        kiosk.waitFor(Place.REVIEW);
        kiosk.waitUntil(() -> kiosk.text("review-buyer").contains("ana@example.com"), "Ana as the buyer");
        kiosk.tap("review-pay");
        kiosk.tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);
        String code = kiosk.sale().orderCode().orElseThrow();
        assertThat(backend.cashier().orderByCode(code).customerId())
                .isEqualTo(kiosk.sale().buyer().orElseThrow().customerId());
    }

    @Test
    void registeringWithAnEmailAlreadyTakenIsRefusedInPlainWords() {
        kiosk.atIdentify(1);

        kiosk.tap("identify-register")
                .fill("register-name", "identify-keyboard", "Ana")
                .fill("register-email", "identify-keyboard", "ana@example.com")
                .fill("register-password", "identify-keyboard", "senha-nova")
                .tap("register-submit");

        kiosk.waitUntil(() -> kiosk.visible("identify-error"), "the refusal");
        assertThat(kiosk.text("identify-error")).contains("Já existe uma conta com este e-mail");
        assertThat(kiosk.window().navigator().getPlace()).isEqualTo(Place.IDENTIFY);
        assertThat(kiosk.sale().buyer()).isEmpty();
    }

    @Test
    void anInvalidCpfIsRefusedInPlainWords() {
        kiosk.atIdentify(1);

        kiosk.tap("identify-register")
                .fill("register-name", "identify-keyboard", "Bia")
                .fill("register-email", "identify-keyboard", "bia@ex.com")
                .fill("register-password", "identify-keyboard", "senha-nova")
                .fill("register-cpf", "identify-keypad", "12345678900")
                .tap("register-submit");

        kiosk.waitUntil(() -> kiosk.visible("identify-error"), "the refusal");
        assertThat(kiosk.text("identify-error")).contains("CPF não é válido");
        assertThat(kiosk.sale().buyer()).isEmpty();
    }

    @Test
    void withThePrinterOutOfPaperTheSaleStandsAndTheQrCodesAreOnScreen() {
        kiosk.printer().simulate(PrinterStatus.PAPER_OUT);
        kiosk.atIdentify(1);
        payAsGuest();

        kiosk.tap("card-APPROVES");

        kiosk.waitFor(Place.DONE);
        String code = kiosk.sale().orderCode().orElseThrow();
        assertThat(kiosk.visible("done-print-failed")).isTrue();
        assertThat(kiosk.text("done-print-failed")).contains("sem papel", "QR codes", code);
        assertThat(robot.lookup("#done-tickets .qr-code-view").queryAll()).hasSize(1);
        assertThat(kiosk.printer().lastReceipts()).isEmpty();
        assertThat(backend.cashier().orderByCode(code).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aPrinterOutOfPaperPutsTheKioskOutOfServiceWithTheReasonUntilPaperIsLoaded() {
        kiosk.printer().simulate(PrinterStatus.PAPER_OUT);
        kiosk.atIdentify(1);
        payAsGuest();
        kiosk.tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);

        kiosk.tap("done-finish");

        kiosk.waitFor(Place.OUT_OF_SERVICE);
        assertThat(kiosk.text("oos-title")).isEqualTo("Temporariamente fora de serviço");
        assertThat(kiosk.text("oos-message")).contains("a impressora está sem papel", "Chame um funcionário");
        assertThat(kiosk.window().status().printerProblem()).hasValue(PrinterStatus.PAPER_OUT);

        kiosk.printer().reset();

        kiosk.waitUntil(4 * OutOfServiceViewModel.RETRY_EVERY.toSeconds(),
                () -> kiosk.window().navigator().getPlace() == Place.ATTRACT, "the kiosk back in service");
        assertThat(kiosk.window().status().printerProblem()).isEmpty();
    }

    @Test
    void anUnansweredCardNetworkLetsTheCustomerTryAgain() {
        kiosk.atIdentify(1);
        payAsGuest();

        assertThat(refusalOf("card-ACQUIRER_TIMEOUT")).contains("não respondeu", "Nada foi cobrado");
        kiosk.tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);
    }

    @Test
    void cancellingThePaymentAndChangingSeatsGivesTheSeatsBack() {
        Hold hold = kiosk.atIdentify(2);
        payAsGuest();

        kiosk.tap("payment-cancel");

        kiosk.waitFor(Place.REVIEW);
        assertThat(kiosk.window().terminal().pendingRead()).as("the terminal stops asking for a card").isEmpty();
        kiosk.tap("review-change-seats");
        kiosk.waitFor(Place.SEATS);
        assertThat(kiosk.sale().hold()).isEmpty();
        assertThat(seatStatuses(hold)).containsOnly(SeatStatus.AVAILABLE);
    }

    @Test
    void aCustomerCanBuyInEnglish() {
        kiosk.atIdentify(1);

        kiosk.tap("language");

        assertThat(robot.lookup("#identify-guest .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Continue as guest");
        payAsGuest();
        kiosk.waitUntil(() -> kiosk.text("payment-amount").startsWith("Amount: R$"), "the amount in English");
        assertThat(refusalOf("card-INSUFFICIENT_FUNDS")).contains("insufficient funds", "Nothing was charged");
        kiosk.tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);
        assertThat(kiosk.text("done-title")).isEqualTo("Thank you for your purchase!");
    }

    /** Presents the card and returns what the payment screen says about it. */
    private String refusalOf(String cardId) {
        kiosk.tap(cardId);
        kiosk.waitUntil(() -> kiosk.visible("payment-status"), "what happened to the card");
        return kiosk.text("payment-status");
    }

    private void payAsGuest() {
        kiosk.tap("identify-guest").fill("guest-email", "identify-keyboard", "ze@ex.com").tap("guest-submit");
        kiosk.waitFor(Place.REVIEW);
        kiosk.tap("review-pay");
        kiosk.waitFor(Place.PAYMENT);
    }

    private List<SeatStatus> seatStatuses(Hold hold) {
        String sessionId = hold.sessionId();
        SeatMap map = Terminals.kiosk(backend).call(c -> c.seatMap(sessionId));
        return map.seats().stream().filter(s -> hold.seatIds().contains(s.id())).map(s -> s.status()).toList();
    }
}
