package io.bilheteria.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.devices.printer.ReceiptGrouping;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigTest {
    @TempDir
    Path dir;

    @Test
    void thePrinterIsTheSimulatorAndReceiptsArePerTicketUnlessSet() throws Exception {
        KioskConfig config = KioskConfig.load(dir);

        assertThat(config.printer()).isEqualTo("sim:");
        assertThat(config.receipts()).isEqualTo(ReceiptGrouping.PER_TICKET);
        assertThat(config.receiptsDir()).isEqualTo(dir.resolve("receipts"));
    }

    @Test
    void thePrinterLineAndReceiptGroupingComeFromTheFileAndSurviveASave() throws Exception {
        Files.writeString(dir.resolve(KioskConfig.FILE_NAME),
                "printer=serial:/dev/ttyUSB0?baud=19200&flow=rtscts\nreceipts=per-order\n");

        KioskConfig config = KioskConfig.load(dir);
        config.withTerminalId("totem-9").save();

        assertThat(config.printer()).isEqualTo("serial:/dev/ttyUSB0?baud=19200&flow=rtscts");
        assertThat(config.receipts()).isEqualTo(ReceiptGrouping.PER_ORDER);
        assertThat(KioskConfig.load(dir).printer()).isEqualTo("serial:/dev/ttyUSB0?baud=19200&flow=rtscts");
    }

    @Test
    void aPrinterLineThatIsNotUnderstoodStopsTheStartWithThePlainReason() throws Exception {
        Files.writeString(dir.resolve(KioskConfig.FILE_NAME), "printer=serial:/dev/ttyUSB0?baud=fast\n");

        assertThatThrownBy(() -> KioskConfig.load(dir))
                .hasMessageContaining("kiosk.properties: 'printer'")
                .hasMessageContaining("baud must be a whole number");
    }

    @Test
    void anUnknownReceiptGroupingIsRefused() throws Exception {
        Files.writeString(dir.resolve(KioskConfig.FILE_NAME), "receipts=per-seat\n");

        assertThatThrownBy(() -> KioskConfig.load(dir)).hasMessageContaining("per-ticket or per-order");
    }

    @Test
    void aSerialScannerIsSetInTheFileAndAnythingElseIsRefused() throws Exception {
        assertThat(KioskConfig.load(dir).serialScanner()).as("a wedge scanner needs no setting").isEmpty();
        Files.writeString(dir.resolve(KioskConfig.FILE_NAME), "scanner=serial:/dev/ttyACM0?baud=9600\n");
        assertThat(KioskConfig.load(dir).serialScanner()).contains("serial:/dev/ttyACM0?baud=9600");

        Files.writeString(dir.resolve(KioskConfig.FILE_NAME), "scanner=tcp:scanner:9100\n");
        assertThatThrownBy(() -> KioskConfig.load(dir)).hasMessageContaining("kiosk.properties: 'scanner'")
                .hasMessageContaining("serial:/dev/ttyACM0?baud=9600");
    }
}
