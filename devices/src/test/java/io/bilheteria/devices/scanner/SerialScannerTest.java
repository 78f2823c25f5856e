package io.bilheteria.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.devices.serial.SocatPair;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A serial scanner on a socat pseudo-terminal pair: the test writes what a scanner sends at the far end. */
class SerialScannerTest {
    @TempDir
    Path dir;

    @Test
    void codesEndingInCrLfCrOrLfArriveWholeAndEmptyLinesAreSkipped() throws Exception {
        LinkedBlockingQueue<String> scans = new LinkedBlockingQueue<>();
        try (SocatPair cable = SocatPair.open(dir);
             OutputStream scanner = new FileOutputStream(cable.device().toFile())) {
            SerialScanner reader = SerialScanner.start("serial:" + cable.app() + "?baud=9600", scans::add);
            try {
                send(scanner, "BT1.abc.1.s.a1.sig\r\n");
                assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo("BT1.abc.1.s.a1.sig");

                send(scanner, "K7Q2\r\r\nK8");
                send(scanner, "Q3\n");
                assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo("K7Q2");
                assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo("K8Q3");
                assertThat(scans.poll(300, TimeUnit.MILLISECONDS)).as("no empty scan").isNull();
            } finally {
                reader.close();
            }
        }
    }

    @Test
    void onlyASerialSettingIsTaken() {
        assertThatThrownBy(() -> SerialScanner.start("tcp:host:9100", code -> { }))
                .hasMessageContaining("not a serial port");
    }

    private static void send(OutputStream scanner, String text) throws Exception {
        scanner.write(text.getBytes(StandardCharsets.ISO_8859_1));
        scanner.flush();
    }
}
