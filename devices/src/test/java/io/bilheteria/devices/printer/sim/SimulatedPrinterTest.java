package io.bilheteria.devices.printer.sim;

import static io.bilheteria.devices.printer.Tickets.opera;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import io.bilheteria.devices.printer.PaymentReceipts;
import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.TicketReceipts;
import io.bilheteria.devices.printer.ReceiptElement;
import io.bilheteria.devices.printer.Tickets;
import io.bilheteria.devices.printer.VoucherSlips;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedPrinterTest {
    private final TicketReceipts perTicket = new TicketReceipts(ReceiptGrouping.PER_TICKET);

    @Test
    void thePrintedImageIsAnEightyMillimetreReceiptWhoseQrCodeScansToTheTicketPayload() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter();

        printer.print(perTicket.receiptsFor(List.of(opera("12", "K7Q2M"))).get(0));

        BufferedImage paper = image(printer.lastReceipts().get(0).png());
        assertThat(paper.getWidth()).isBetween(576, 640);
        assertThat(scan(paper)).containsExactly(Tickets.payload("12"));
    }

    @Test
    void anOrderReceiptCarriesEveryTicketsCodeScannably() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter();
        Receipt order = new TicketReceipts(ReceiptGrouping.PER_ORDER)
                .receiptsFor(List.of(opera("11", "K7Q2M"), opera("12", "K7Q2M"))).get(0);

        printer.print(order);

        assertThat(scan(image(printer.lastReceipts().get(0).png())))
                .containsExactlyInAnyOrder(Tickets.payload("11"), Tickets.payload("12"));
    }

    @Test
    void withoutPaperPrintingFailsWithAPlainReasonUntilThePaperIsLoaded() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter();
        Receipt receipt = perTicket.receiptsFor(List.of(opera("12", "K7Q2M"))).get(0);
        printer.simulate(PrinterStatus.PAPER_OUT);

        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThatThrownBy(() -> printer.print(receipt))
                .isInstanceOf(PrinterException.class)
                .hasMessageContaining("out of paper")
                .satisfies(e -> assertThat(((PrinterException) e).status()).isEqualTo(PrinterStatus.PAPER_OUT));
        assertThat(printer.lastReceipts()).isEmpty();

        printer.reset();
        printer.print(receipt);

        assertThat(printer.status()).isEqualTo(PrinterStatus.READY);
        assertThat(printer.lastReceipts()).hasSize(1);
    }

    @Test
    void aNearlyEmptyRollStillPrintsButAnOfflinePrinterDoesNot() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter();
        Receipt receipt = perTicket.receiptsFor(List.of(opera("12", "K7Q2M"))).get(0);

        printer.simulate(PrinterStatus.PAPER_NEAR_END);
        printer.print(receipt);
        printer.simulate(PrinterStatus.OFFLINE);

        assertThatThrownBy(() -> printer.print(receipt)).hasMessageContaining("does not answer");
        assertThat(printer.lastReceipts()).hasSize(1);
    }

    @Test
    void aKioskSeesEachReceiptAsItIsPrintedAndFindsItInTheReceiptsFolder(@TempDir Path folder) throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter(folder.resolve("receipts"));
        List<PrintedReceipt> seen = new ArrayList<>();
        printer.addListener(seen::add);

        for (Receipt receipt : perTicket.receiptsFor(List.of(opera("11", "K7Q2M"), opera("12", "K7Q2M")))) {
            printer.print(receipt);
        }

        assertThat(seen).extracting(PrintedReceipt::number).containsExactly(1L, 2L);
        Path second = seen.get(1).file().orElseThrow();
        assertThat(second).hasParent(folder.resolve("receipts"));
        assertThat(scan(image(Files.readAllBytes(second)))).containsExactly(Tickets.payload("12"));
    }

    @Test
    void onlyTheLatestReceiptsAreKeptInMemory() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter();
        Receipt small = Receipt.builder().text("Teste").cut().build();

        for (int i = 0; i < SimulatedPrinter.KEPT_RECEIPTS + 3; i++) {
            printer.print(small);
        }

        assertThat(printer.lastReceipts()).hasSize(SimulatedPrinter.KEPT_RECEIPTS);
        assertThat(printer.lastReceipts().get(0).number()).isEqualTo(4L);
    }

    @Test
    void aVoucherSlipsImageScansToTheVoucherCodeAndThePaymentReceiptCarriesNoCode() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter();
        Locale ptBr = Locale.forLanguageTag("pt-BR");

        printer.print(new VoucherSlips(ptBr, 48).slipFor(Tickets.popcorn(1)));
        printer.print(new PaymentReceipts(ptBr, 48).receiptFor(Tickets.operaPayment()));

        BufferedImage slip = image(printer.lastReceipts().get(0).png());
        assertThat(new QRCodeReader().decode(pureCode(slip), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText()).isEqualTo(Tickets.voucherCode(1));
        BufferedImage receipt = image(printer.lastReceipts().get(1).png());
        assertThat(receipt.getWidth()).isEqualTo(slip.getWidth());
        assertThatThrownBy(() -> scan(receipt)).isInstanceOf(NotFoundException.class);
    }

    /**
     * The QR code alone, as ZXing's PURE_BARCODE reading wants it: its rows are those where a
     * finder pattern's 7-module black run shows (the top pair, the bottom-left one), no letter
     * is that wide, and it is cut out with its quiet zone.
     */
    private static BinaryBitmap pureCode(BufferedImage paper) {
        int longRun = 7 * ReceiptElement.QrCode.DEFAULT_MODULE_SIZE;
        int top = -1;
        int bottom = -1;
        int left = paper.getWidth();
        int right = -1;
        for (int y = 0; y < paper.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < paper.getWidth(); x++) {
                run = (paper.getRGB(x, y) & 0xFF) < 128 ? run + 1 : 0;
                if (run == longRun) {
                    top = top < 0 ? y : top;
                    bottom = y;
                    left = Math.min(left, x - longRun + 1);
                    right = Math.max(right, x);
                }
            }
        }
        assertThat(top).as("a QR code on the paper").isNotNegative();
        int quiet = 4 * ReceiptElement.QrCode.DEFAULT_MODULE_SIZE;
        BufferedImage code = paper.getSubimage(left - quiet, top - quiet, right - left + 1 + 2 * quiet,
                bottom - top + 1 + 2 * quiet);
        int[] pixels = code.getRGB(0, 0, code.getWidth(), code.getHeight(), null, 0, code.getWidth());
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(code.getWidth(), code.getHeight(), pixels)));
    }

    private static BufferedImage image(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a readable PNG").isNotNull();
        return image;
    }

    private static List<String> scan(BufferedImage image) throws NotFoundException {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
        return Arrays.stream(results).map(Result::getText).toList();
    }
}
