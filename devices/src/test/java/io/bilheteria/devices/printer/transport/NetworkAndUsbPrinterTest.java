package io.bilheteria.devices.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.ReceiptPrinters;
import io.bilheteria.devices.printer.escpos.EscPosEncoder;
import io.bilheteria.devices.printer.escpos.FakeEscPosPrinter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same ESC/POS jobs over a TCP connection (port 9100 style) and into a USB printer's device file. */
class NetworkAndUsbPrinterTest {
    private static final Receipt RECEIPT = Receipt.builder().text("Olá, São Paulo").qrCode("BT1.a.1.b.c.d").cut().build();

    @TempDir
    Path dir;

    @Test
    void aNetworkPrinterGetsTheJobAndAnswersItsStatusOnTheSameConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ReceiptPrinter printer = ReceiptPrinters.open("tcp:127.0.0.1:" + server.getLocalPort(), dir)) {
            FakeEscPosPrinter[] device = new FakeEscPosPrinter[1];
            Thread accept = new Thread(() -> {
                try {
                    Socket connection = server.accept();
                    device[0] = new FakeEscPosPrinter(connection.getInputStream(), connection.getOutputStream());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            accept.start();

            printer.print(RECEIPT);

            accept.join();
            byte[] expected = new EscPosEncoder().encode(RECEIPT);
            device[0].await(() -> device[0].printed().length >= expected.length);
            assertThat(device[0].printed()).isEqualTo(expected);

            device[0].status(PrinterStatus.COVER_OPEN);
            assertThat(printer.status()).isEqualTo(PrinterStatus.COVER_OPEN);
            device[0].close();
        }
    }

    @Test
    void nothingListeningIsOffline() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        try (ReceiptPrinter printer = ReceiptPrinters.open("tcp:127.0.0.1:" + port, dir)) {
            assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
        }
    }

    @Test
    void aUsbDeviceFileGetsTheJobAndIsReadyWhileItIsThere() throws Exception {
        Path lp0 = Files.createFile(dir.resolve("lp0"));
        try (ReceiptPrinter printer = ReceiptPrinters.open("usb:" + lp0, dir)) {
            assertThat(printer.status()).isEqualTo(PrinterStatus.READY);
            printer.print(RECEIPT);
            printer.print(RECEIPT);

            byte[] one = new EscPosEncoder().encode(RECEIPT);
            assertThat(Files.readAllBytes(lp0)).hasSize(one.length * 2).startsWith(one);

            Files.delete(lp0);
            assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
            assertThatThrownBy(() -> printer.print(RECEIPT))
                    .isInstanceOfSatisfying(PrinterException.class,
                            e -> assertThat(e.status()).isEqualTo(PrinterStatus.OFFLINE));
        }
    }
}
