package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.qr.QrCodeView;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * What the buyer sees after paying and just before: the receipt and the product vouchers on the done
 * screen, the suggestions that start the next sale, and meia-entrada marked on the review within the
 * session's cap. The real kiosk against a real backend.
 */
class AfterPurchaseTest extends KioskTest {
    /** The theatre's session whose half-price share the cap test closes; the others keep the law's 40 %. */
    private static final int CAPPED_SESSION = 2;

    @Start
    void start(Stage stage) {
        open(stage, KioskConfig.defaults(dataDir));
    }

    @Stop
    void stop() {
        kiosk.close();
    }

    @Test
    void popcornBoughtComesWithTheReceiptAndAVoucherQrCodeForTheCounter() throws Exception {
        kiosk.choseSeats(1);
        long popcorn = kiosk.addProduct("Pipoca", 1);
        long seat = kiosk.sale().seatMap().orElseThrow().sections().get(0).priceCents();
        paid();

        kiosk.waitUntil(() -> !kiosk.text("done-card").isEmpty(), "the receipt");
        Order order = backend.cashier().orderByCode(kiosk.sale().orderCode().orElseThrow());
        assertThat(kiosk.text("done-card")).isEqualTo("Cartão VISA final 1111");
        assertThat(kiosk.text("done-authorization")).isEqualTo("Autorização " + order.payment().authorizationCode());
        assertThat(kiosk.text("done-total")).isEqualTo(reais(seat + popcorn));
        assertThat(robot.lookup("#done-receipt-lines .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("1 × Pipoca", reais(popcorn))
                .anySatisfy(text -> assertThat(text).startsWith("Setor ").endsWith(" · Inteira"));
        QrCodeView voucher = robot.lookup("#done-vouchers .qr-code-view").queryAs(QrCodeView.class);
        assertThat(decode(voucher)).isEqualTo(order.vouchers().get(0).code()).startsWith("BV1");
    }

    @Test
    void aSuggestedSessionOpensThatSessionsSeatMap() {
        kiosk.choseSeats(1);
        paid();
        kiosk.waitUntil(() -> !robot.lookup("#done-suggested-sessions .button").queryAll().isEmpty(),
                "the suggested sessions");
        String id = robot.lookup("#done-suggested-sessions .button").query().getId();
        String suggested = id.substring("suggest-session-".length());

        kiosk.tap(id);

        kiosk.waitFor(Place.SEATS);
        assertThat(kiosk.sale().session().orElseThrow().id()).isEqualTo(suggested);
        assertThat(kiosk.sale().seatMap().orElseThrow().sessionId()).isEqualTo(suggested);
        assertThat(kiosk.sale().tickets()).isEmpty();
    }

    @Test
    void aTicketMarkedMeiaEntradaIsSoldAtHalfPrice() {
        Hold hold = kiosk.choseSeats(1);
        long seat = kiosk.sale().seatMap().orElseThrow().sections().get(0).priceCents();
        toReview();
        assertThat(kiosk.visible("review-half-price-notice")).isFalse();

        kiosk.tap("review-half-" + hold.seatIds().get(0));

        kiosk.waitUntil(() -> kiosk.text("review-total").equals(reais(seat / 2)), "the half price");
        assertThat(kiosk.visible("review-half-price-notice")).isTrue();
        assertThat(kiosk.text("review-half-price-notice")).contains("Lei 12.933/2013", "documento",
                "limitadas por sessão");
        kiosk.tap("review-pay").tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);
        Ticket sold = backend.cashier().orderByCode(kiosk.sale().orderCode().orElseThrow()).tickets().get(0);
        assertThat(sold.ticketType()).isEqualTo(TicketType.HALF);
        assertThat(sold.priceCents()).isEqualTo(seat / 2);
    }

    @Test
    void pastTheSessionsCapTheRefusalIsSaidAndTheBuyerPaysInteira() {
        closeHalfPrice(CAPPED_SESSION);
        Hold hold = kiosk.choseSeats(CAPPED_SESSION, 1);
        long seat = kiosk.sale().seatMap().orElseThrow().sections().get(0).priceCents();
        String seatId = hold.seatIds().get(0);
        toReview();

        kiosk.tap("review-half-" + seatId);

        kiosk.waitUntil(() -> kiosk.visible("review-half-price-refused"), "the refusal");
        assertThat(kiosk.text("review-half-price-refused")).isEqualTo("Não há mais meias-entradas para esta sessão."
                + " Troque meia-entrada por inteira para pagar.");
        assertThat(robot.lookup("#review-pay").queryButton().isDisabled()).isTrue();

        kiosk.tap("review-full-" + seatId);

        kiosk.waitUntil(() -> kiosk.text("review-total").equals(reais(seat)), "the full price");
        assertThat(kiosk.visible("review-half-price-refused")).isFalse();
        kiosk.tap("review-pay").tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);
    }

    /** Whoever is buying only wants the tickets printed; the order is placed for the total shown. */
    private void toReview() {
        kiosk.toIdentify();
        kiosk.tap("identify-print-only");
        kiosk.waitFor(Place.REVIEW);
        kiosk.waitUntil(() -> !kiosk.text("review-total").isEmpty(), "the total");
    }

    private void paid() {
        toReview();
        kiosk.tap("review-pay").tap("card-APPROVES");
        kiosk.waitFor(Place.DONE);
    }

    /** The partner sells none of this session's seats at half price any more. */
    private void closeHalfPrice(int session) {
        BilheteriaClient partner = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
        partner.login("partner", "demo-partner");
        EventSummary theatre = partner.events("Compadecida", null, null).items().get(0);
        partner.editSession(theatre.sessions().get(session).id(), new SessionDraft(null, null, 0));
    }

    /** The code a phone camera or the counter's scanner reads off the screen: the node's pixels, decoded as a pure QR code. */
    private String decode(QrCodeView view) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = view.snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = pixels.getArgb(x, y);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    private static String reais(long cents) {
        return Money.format(cents, "BRL", Messages.PT_BR);
    }
}
