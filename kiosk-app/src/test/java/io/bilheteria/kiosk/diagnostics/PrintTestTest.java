package io.bilheteria.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.api.tickets.TicketVerifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installers' printer test, run on a USB printer's device file (a plain file here) and read back byte for byte. */
class PrintTestTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void printsASampleTicketWhoseQrVerifiesWithThePrintedKey() throws Exception {
        Path lp0 = Files.createFile(dir.resolve("lp0"));

        int exit = PrintTest.main(new String[] {"usb:" + lp0}, out);

        assertThat(exit).isEqualTo(0);
        String report = report();
        assertThat(report).contains("status before:   READY", "printed:         a sample ticket", "status after:    READY");
        String payload = field(report, "QR payload");
        String publicKey = field(report, "public key");

        byte[] printed = Files.readAllBytes(lp0);
        assertThat(qrStoredIn(printed)).isEqualTo(payload);
        TicketCode.Parsed parsed = TicketCode.parse(payload).orElseThrow();
        assertThat(TicketVerifier.fromBase64X509(publicKey).verify(parsed))
                .as("the printed QR verifies with the printed key").isTrue();
        assertThat(new String(printed, "IBM860")).contains("Teste de impressão", "Bilheteria, impressora\nusb:");
    }

    @Test
    void aPrinterThatIsNotThereIsReportedAndNothingPrints() {
        int exit = PrintTest.main(new String[] {"usb:" + dir.resolve("missing")}, out);

        assertThat(exit).isEqualTo(1);
        assertThat(report()).contains("status before:   OFFLINE - The printer does not answer", "NOT printed:");
    }

    @Test
    void aSettingThatIsNotUnderstoodOrMissingSaysHowToWriteOne() {
        assertThat(PrintTest.main(new String[] {"com3"}, out)).isEqualTo(2);
        assertThat(PrintTest.main(new String[0], out)).isEqualTo(2);

        assertThat(report()).contains("needs a kind before ':'", "usage: --print-test <printer setting>");
    }

    private String report() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private static String field(String report, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(\\S+)$").matcher(report);
        assertThat(m.find()).as(name + " in the report").isTrue();
        return m.group(1);
    }

    /** The payload of the GS ( k store command (fn 180) in the printed bytes. */
    private static String qrStoredIn(byte[] printed) {
        for (int i = 0; i + 8 <= printed.length; i++) {
            if (printed[i] == 0x1D && printed[i + 1] == '(' && printed[i + 2] == 'k' && printed[i + 5] == 49
                    && printed[i + 6] == 80 && printed[i + 7] == 48) {
                int length = (printed[i + 3] & 0xFF) + ((printed[i + 4] & 0xFF) << 8) - 3;
                return new String(Arrays.copyOfRange(printed, i + 8, i + 8 + length), StandardCharsets.US_ASCII);
            }
        }
        throw new AssertionError("no QR store command printed");
    }
}
