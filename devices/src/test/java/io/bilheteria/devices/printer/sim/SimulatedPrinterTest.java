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
import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.TicketReceipts;
import io.bilheteria.devices.printer.Tickets;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
