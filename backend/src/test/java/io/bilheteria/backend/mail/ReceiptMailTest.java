package io.bilheteria.backend.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMail;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.orders.ReceiptMail;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.ShiftableClock;
import io.bilheteria.backend.testing.Smtp;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The buyer's receipt by e-mail, over real HTTP and a real SMTP server in-process (GreenMail). */
class ReceiptMailTest {
    private static final String BUYER = "ana.compra@example.com";

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aSaleMailsOneReceiptWithEveryTicketsQrCodeAsAnImageAndAsText(TestDatabase db) throws Exception {
        GreenMail smtp = Smtp.onAFreePort();
        smtp.start();
        try (TestBackend backend = TestBackend.start(db, config -> config.withMail(Smtp.settings(smtp)))) {
            Order order = sellTwoSeatsAndPopcorn(backend, BUYER);

            assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("a receipt arrived").isTrue();
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(BUYER);
            assertThat(mail.getSubject()).contains(order.code()).contains("Auto da Compadecida");
            String text = textOf(mail);
            assertThat(text).contains("Pedido " + order.code(), "terminal kiosk", "Fila ", "Assento ", "Inteira",
                    "1 × Pipoca", "R$ 18,00", "final 1111", "autorização " + order.payment().authorizationCode());
            assertThat(order.tickets()).allSatisfy(ticket -> assertThat(text).contains(ticket.qr()));
            List<String> codes = new ArrayList<>(order.tickets().stream().map(Ticket::qr).toList());
            codes.add(order.code());
            codes.add(order.vouchers().get(0).code());
            assertThat(qrCodesIn(mail)).as("each ticket's and voucher's QR code, and the order's for collecting")
                    .containsExactlyInAnyOrderElementsOf(codes);

            var outbox = new MailOutboxRepository(backend.server().services().tx());
            backend.server().deliverMailNow().get(30, TimeUnit.SECONDS);
            assertThat(outbox.find(ReceiptMail.KIND, order.orderId()).map(e -> e.status().equals("SENT"))
                    .orElse(false)).as("the outbox row marked sent").isTrue();
            assertThat(outbox.find(ReceiptMail.KIND, order.orderId()).orElseThrow().attempts()).isEqualTo(1);
            assertThat(smtp.getReceivedMessages()).as("sent once").hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aReceiptTheServerCouldNotTakeIsSentAtTheRetryAndTheSaleIsNotHeldUp() throws Exception {
        GreenMail smtp = Smtp.onAFreePort(); // not started: the SMTP server is down
        int port = smtp.getSmtp().getServerSetup().getPort();
        ShiftableClock clock = new ShiftableClock();
        try (TestBackend backend = TestBackend.start(TestDatabase.h2(), config -> config.withMail(Smtp.settings(smtp)),
                clock)) {
            Order order = sellTwoSeatsAndPopcorn(backend, BUYER);
            assertThat(order.status().name()).as("the sale is made whatever the mail does").isEqualTo("PAID");

            var outbox = new MailOutboxRepository(backend.server().services().tx());
            backend.server().deliverMailNow().get(30, TimeUnit.SECONDS);
            assertThat(outbox.find(ReceiptMail.KIND, order.orderId()).map(e -> e.attempts() == 1)
                    .orElse(false)).as("the first attempt refused").isTrue();
            MailOutboxRepository.Entry refused = outbox.find(ReceiptMail.KIND, order.orderId()).orElseThrow();
            assertThat(refused.status()).isEqualTo("WAITING");
            assertThat(refused.lastError()).contains("127.0.0.1:" + port);
            assertThat(refused.nextAttemptAt() - clock.millis()).as("tried again in about 30 s")
                    .isBetween(20_000L, 30_000L);

            smtp.start();
            clock.advance(Duration.ofSeconds(31));
            assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("delivered at the retry").isTrue();
            backend.server().deliverMailNow().get(30, TimeUnit.SECONDS);
            assertThat(outbox.find(ReceiptMail.KIND, order.orderId()).map(e -> e.status().equals("SENT"))
                    .orElse(false)).as("the outbox row marked sent").isTrue();
            assertThat(outbox.find(ReceiptMail.KIND, order.orderId()).orElseThrow().attempts()).isEqualTo(2);
            assertThat(smtp.getReceivedMessages()).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void withoutAnSmtpServerTheReceiptIsWrittenAsAnEmlFileAnyMailProgramOpens(@TempDir Path data) throws Exception {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2(), config -> config.withDataDir(data))) {
            Order order = sellTwoSeatsAndPopcorn(backend, BUYER);

            var outbox = new MailOutboxRepository(backend.server().services().tx());
            backend.server().deliverMailNow().get(30, TimeUnit.SECONDS);
            assertThat(outbox.find(ReceiptMail.KIND, order.orderId()).map(e -> e.status().equals("SENT"))
                    .orElse(false)).as("the receipt written").isTrue();
            Path eml = data.resolve("mail").resolve(outbox.find(ReceiptMail.KIND, order.orderId()).orElseThrow().id()
                    + ".eml");
            MimeMessage mail;
            try (InputStream in = Files.newInputStream(eml)) {
                mail = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(BUYER);
            assertThat(textOf(mail)).contains("Pedido " + order.code());
            assertThat(qrCodesIn(mail)).hasSize(4);
            try (var files = Files.list(data.resolve("mail"))) {
                assertThat(files).as("no half-written file left").allMatch(f -> f.toString().endsWith(".eml"));
            }
        }
    }

    @Test
    void aSaleWithoutAnAddressQueuesNoMail() throws Exception {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            Order order = sellTwoSeatsAndPopcorn(backend, null);
            assertThat(new MailOutboxRepository(backend.server().services().tx()).find(ReceiptMail.KIND, order.orderId()))
                    .isEqualTo(Optional.empty());
        }
    }

    private static Order sellTwoSeatsAndPopcorn(TestBackend backend, String email) {
        BilheteriaClient kiosk = backend.as("kiosk");
        String session = backend.theatreSession();
        Hold hold = kiosk.hold(HoldRequest.bestAvailable(session, Sales.stalls(backend, session).id(), 2));
        String popcorn = kiosk.products(backend.theatre().id()).items().stream()
                .filter(p -> p.name().equals("Pipoca")).findFirst().orElseThrow().id();
        return Sales.paid(kiosk, new OrderRequest(hold.holdId(), null, List.of(new ProductLine(popcorn, 1)), email),
                Cards.APPROVED);
    }



    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The QR codes of the message's PNG images, decoded as a gate's scanner would. */
    private static List<String> qrCodesIn(Part part) throws Exception {
        List<String> codes = new ArrayList<>();
        if (part.isMimeType("image/png")) {
            try (InputStream in = part.getInputStream()) {
                var image = ImageIO.read(in);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                // the image is the code alone, upright, with its quiet zone: read it as such (without the
                // hint the finder-pattern search missed one code in a CI run; a phone camera is not this reader)
                codes.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText());
            }
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                codes.addAll(qrCodesIn(child));
            }
        }
        return codes;
    }
}
