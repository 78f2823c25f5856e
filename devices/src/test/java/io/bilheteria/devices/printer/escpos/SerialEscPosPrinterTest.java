package io.bilheteria.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.devices.printer.PaymentReceipts;
import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.ReceiptPrinters;
import io.bilheteria.devices.printer.TicketReceipts;
import io.bilheteria.devices.printer.Tickets;
import io.bilheteria.devices.printer.VoucherSlips;
import io.bilheteria.devices.serial.SocatPair;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ESC/POS printer on a serial line: a socat pseudo-terminal pair, a fake printer reading the far end. */
class SerialEscPosPrinterTest {
    @TempDir
    Path dir;
    private SocatPair cable;
    private FakeEscPosPrinter device;
    private ReceiptPrinter printer;

    @BeforeEach
    void connect() throws Exception {
        cable = SocatPair.open(dir);
        device = new FakeEscPosPrinter(new FileInputStream(cable.device().toFile()),
                new FileOutputStream(cable.device().toFile()));
        printer = ReceiptPrinters.open("serial:" + cable.app() + "?baud=9600", dir);
    }

    @AfterEach
    void disconnect() throws Exception {
        if (printer != null) {
            printer.close();
        }
        if (cable != null) {
            cable.close();
        }
        if (device != null) {
            device.close();
        }
    }

    @Test
    void aTicketReceiptArrivesAsTheExactEscPosJobWithTheNativeQrAndPortugueseText() throws Exception {
        Receipt receipt = new TicketReceipts(ReceiptGrouping.PER_TICKET)
                .receiptsFor(List.of(Tickets.opera("12", "K7Q2"))).get(0);
        byte[] expected = new EscPosEncoder().encode(receipt);

        printer.print(receipt);

        device.await(() -> device.printed().length >= expected.length);
        byte[] printed = device.printed();
        assertThat(printed).isEqualTo(expected);
        assertThat(device.statusRequests()).as("three questions before, three after").isEqualTo(6);

        byte[] payload = Tickets.payload("12").getBytes(StandardCharsets.US_ASCII);
        assertThat(printed).startsWith(0x1B, '@', 0x1B, 't', 3);
        assertThat(indexOf(printed, bytes(0x1D, '(', 'k', 4, 0, 49, 65, 50, 0))).as("QR model 2").isPositive();
        int store = indexOf(printed, bytes(0x1D, '(', 'k', payload.length + 3, 0, 49, 80, 48));
        assertThat(store).as("QR store command").isPositive();
        assertThat(java.util.Arrays.copyOfRange(printed, store + 8, store + 8 + payload.length)).isEqualTo(payload);
        assertThat(indexOf(printed, bytes(0x1D, '(', 'k', 3, 0, 49, 81, 48))).as("QR print").isGreaterThan(store);
        assertThat(printed).endsWith(0x1D, 'V', 66, 0);

        String text = new String(printed, Charset.forName("IBM860"));
        assertThat(text).contains("Ópera no Parque: A", "Flauta Mágica", "Teatro Municipal de São Paulo", "Preço",
                "R$ 45,00", "Apresente este código na entrada", "Pedido K7Q2");
    }

    @Test
    void aVoucherSlipAndThePaymentReceiptArriveAsPaperThatReadsBackWhole() throws Exception {
        Locale ptBr = Locale.forLanguageTag("pt-BR");
        Receipt slip = new VoucherSlips(ptBr, 48).slipFor(Tickets.popcorn(1));
        Receipt payment = new PaymentReceipts(ptBr, 48).receiptFor(Tickets.operaPayment());
        int expected = new EscPosEncoder().encode(slip).length + new EscPosEncoder().encode(payment).length;

        printer.print(slip);
        printer.print(payment);

        device.await(() -> device.printed().length >= expected);
        List<EscPosReader.Paper> papers = EscPosReader.papers(device.printed(), CodePage.PC860);
        assertThat(papers).hasSize(2);
        EscPosReader.Paper voucher = papers.get(0);
        assertThat(voucher.qrCodes()).containsExactly(Tickets.voucherCode(1));
        assertThat(voucher.lines()).contains("VALE-PRODUTO", "Pipoca grande", "Pedido K7Q2M");
        assertThat(String.join("", voucher.lines())).contains(Tickets.voucherCode(1));
        EscPosReader.Paper receipt = papers.get(1);
        assertThat(receipt.qrCodes()).isEmpty();
        assertThat(receipt.lines()).contains("COMPROVANTE DE PAGAMENTO", "Plateia A, Fileira C, Lugar 13");
        assertThat(receipt.lines()).anySatisfy(line -> assertThat(line).startsWith("  Meia-entrada").endsWith("R$ 22,50"));
        assertThat(receipt.lines()).anySatisfy(line -> assertThat(line).startsWith("  2 x R$ 18,00").endsWith("R$ 36,00"));
        assertThat(receipt.lines()).anySatisfy(line -> assertThat(line).startsWith("Total").endsWith("R$ 103,50"));
        assertThat(receipt.lines()).anySatisfy(line -> assertThat(line).startsWith("Cartão").endsWith("VISA final 1111"));
        assertThat(receipt.lines()).anySatisfy(line -> assertThat(line).startsWith("Autorização").endsWith("A1B2C3"));
    }

    @Test
    void aPrinterOutOfPaperGetsNothingAndSaysSo() throws Exception {
        device.status(PrinterStatus.PAPER_OUT);

        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOfSatisfying(PrinterException.class,
                        e -> assertThat(e.status()).isEqualTo(PrinterStatus.PAPER_OUT));
        assertThat(device.printed()).isEmpty();
    }

    @Test
    void paperRunningOutDuringTheReceiptIsReportedAsAFailure() throws Exception {
        device.runOutOfPaperAfter(bytes(0x1D, 'V', 66, 0));

        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOfSatisfying(PrinterException.class, e -> {
                    assertThat(e.status()).isEqualTo(PrinterStatus.PAPER_OUT);
                    assertThat(e.getMessage()).contains("may be incomplete");
                });
    }

    @Test
    void paperNearTheEndStillPrints() throws Exception {
        device.status(PrinterStatus.PAPER_NEAR_END);

        printer.print(sample());

        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_NEAR_END);
        assertThat(device.printed()).endsWith(0x1D, 'V', 66, 0);
    }

    @Test
    void anOpenCoverIsTold() {
        device.status(PrinterStatus.COVER_OPEN);

        assertThat(printer.status()).isEqualTo(PrinterStatus.COVER_OPEN);
    }

    @Test
    void aPrinterThatDoesNotAnswerIsOfflineAndGetsNothing() throws Exception {
        device.silent(true);

        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOfSatisfying(PrinterException.class,
                        e -> assertThat(e.status()).isEqualTo(PrinterStatus.OFFLINE));
        assertThat(device.printed()).isEmpty();

        device.silent(false);
        printer.print(sample());
        assertThat(device.printed()).endsWith(0x1D, 'V', 66, 0);
    }

    @Test
    void aMissingPortIsOffline() {
        try (ReceiptPrinter absent = ReceiptPrinters.open("serial:" + dir.resolve("ttyNone"), dir)) {
            assertThat(absent.status()).isEqualTo(PrinterStatus.OFFLINE);
            assertThatThrownBy(() -> absent.print(sample()))
                    .isInstanceOfSatisfying(PrinterException.class,
                            e -> assertThat(e.status()).isEqualTo(PrinterStatus.OFFLINE));
        }
    }

    private static Receipt sample() {
        return Receipt.builder().text("Teste de impressão").cut().build();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
