package io.bilheteria.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.devices.printer.escpos.EscPosPrinter;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptPrintersTest {
    @TempDir
    Path dir;

    @Test
    void eachKindOfSettingOpensItsPrinter() {
        assertThat(ReceiptPrinters.open("sim:", dir)).isInstanceOf(SimulatedPrinter.class);
        assertThat(describe("serial:/dev/ttyUSB0?baud=19200&flow=rtscts"))
                .isEqualTo("serial /dev/ttyUSB0 19200 8N1 flow rtscts");
        assertThat(describe("serial:/dev/ttyS0")).isEqualTo("serial /dev/ttyS0 9600 8N1 flow none");
        assertThat(describe("usb:/dev/usb/lp0")).isEqualTo("usb /dev/usb/lp0");
        assertThat(describe("tcp:192.168.0.50:9100")).isEqualTo("192.168.0.50:9100");
        assertThat(describe("TCP:printer.local")).isEqualTo("printer.local:9100");
        assertThat(describe("tcp:[::1]:9101")).isEqualTo("::1:9101");
        assertThat(describe(" tcp:printer.local:9100?codepage=pc858&qr=raster ")).isEqualTo("printer.local:9100");
    }

    @Test
    void aSimulatorWithADirectorySavesThere() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        ReceiptPrinter printer = ReceiptPrinters.open("sim:" + elsewhere, dir.resolve("default"));

        printer.print(Receipt.builder().text("x").build());

        assertThat(Files.list(elsewhere)).hasSize(1);
    }

    @Test
    void aSettingThatIsNotUnderstoodSaysWhatWouldBe() {
        assertThatThrownBy(() -> ReceiptPrinters.open("lpt1", dir)).hasMessageContaining("needs a kind");
        assertThatThrownBy(() -> ReceiptPrinters.open("com:3", dir)).hasMessageContaining("serial:, usb:, tcp: or sim:");
        assertThatThrownBy(() -> ReceiptPrinters.open("serial:?baud=9600", dir)).hasMessageContaining("device path");
        assertThatThrownBy(() -> ReceiptPrinters.open("serial:/dev/ttyS0?baud=fast", dir))
                .hasMessageContaining("baud must be a whole number");
        assertThatThrownBy(() -> ReceiptPrinters.open("serial:/dev/ttyS0?flow=dtrdsr", dir))
                .hasMessageContaining("none, rtscts or xonxoff");
        assertThatThrownBy(() -> ReceiptPrinters.open("serial:/dev/ttyS0?bauds=9600", dir))
                .hasMessageContaining("unknown option 'bauds'");
        assertThatThrownBy(() -> ReceiptPrinters.open("usb:", dir)).hasMessageContaining("usb:/dev/usb/lp0");
        assertThatThrownBy(() -> ReceiptPrinters.open("tcp::9100", dir)).hasMessageContaining("host is missing");
        assertThatThrownBy(() -> ReceiptPrinters.open("tcp:host:port", dir)).hasMessageContaining("port must be a number");
        assertThatThrownBy(() -> ReceiptPrinters.open("tcp:host:9100?codepage=utf8", dir)).hasMessageContaining("code page");
        assertThatThrownBy(() -> ReceiptPrinters.open("tcp:host?qr=bitmap", dir)).hasMessageContaining("native or raster");
        assertThatThrownBy(() -> ReceiptPrinters.open("sim:?x=1", dir)).hasMessageContaining("unknown option 'x'");
    }

    private String describe(String setting) {
        try (ReceiptPrinter printer = ReceiptPrinters.open(setting, dir)) {
            return ((EscPosPrinter) printer).describe();
        }
    }
}
