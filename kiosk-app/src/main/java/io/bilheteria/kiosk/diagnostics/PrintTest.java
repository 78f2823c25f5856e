package io.bilheteria.kiosk.diagnostics;

import io.bilheteria.devices.printer.PrintableTicket;
import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.ReceiptPrinters;
import io.bilheteria.devices.printer.TicketReceipts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code java -jar bilheteria-kiosk.jar --print-test <printer setting>}: for installers, without
 * the kiosk's screens or backend. Reads the printer's status, prints a sample ticket whose QR
 * code is really signed (with a key made for the test, printed so the code can be checked),
 * reads the status again and says what happened. Exit code 0 printed, 1 not printed, 2 the
 * setting is not understood.
 */
public final class PrintTest {
    public static final String FLAG = "--print-test";
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private PrintTest() {
    }

    /** @param args the arguments after {@value #FLAG}: the printer setting */
    public static int main(String[] args, PrintStream out) {
        if (args.length != 1 || args[0].isBlank()) {
            out.println("usage: " + FLAG + " <printer setting>, e.g. serial:/dev/ttyUSB0?baud=9600, "
                    + "usb:/dev/usb/lp0, tcp:192.168.0.50:9100 or sim:");
            return 2;
        }
        return run(args[0].strip(), Path.of("data", "kiosk", "receipts"), out);
    }

    /** @param simulatorDirectory where {@code sim:} saves the image when the setting names no directory */
    public static int run(String setting, Path simulatorDirectory, PrintStream out) {
        ReceiptPrinter printer;
        try {
            printer = ReceiptPrinters.open(setting, simulatorDirectory);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        try (printer) {
            out.println("printer:         " + setting);
            report("status before:   ", printer.status(), out);
            SampleTicket sample = SampleTicket.sign();
            Receipt receipt = new TicketReceipts(ReceiptGrouping.PER_TICKET).receiptsFor(List.of(
                    new PrintableTicket("Teste de impressão", "Bilheteria, impressora " + setting, Instant.now(),
                            SAO_PAULO, "Teste", "A", "1", 0, "BRL", "TESTE", sample.qrPayload(), 0))).get(0);
            boolean printed;
            long started = System.nanoTime();
            try {
                printer.print(receipt);
                out.printf("printed:         a sample ticket, taken by the printer in %d ms%n",
                        (System.nanoTime() - started) / 1_000_000);
                printed = true;
            } catch (PrinterException e) {
                out.println("NOT printed:     " + e.getMessage());
                printed = false;
            }
            report("status after:    ", printer.status(), out);
            out.println("QR payload:      " + sample.qrPayload());
            out.println("public key:      " + sample.publicKey());
            out.println("                 (Ed25519, X.509 in base64, made for this test only: the QR's last part is the "
                    + "signature, base64url, of everything before the last dot)");
            return printed ? 0 : 1;
        }
    }

    private static void report(String label, PrinterStatus status, PrintStream out) {
        out.println(label + status + " - " + status.description());
    }
}
