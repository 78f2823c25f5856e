package io.bilheteria.devices.printer.escpos;

import static io.bilheteria.devices.printer.escpos.SerialEscPosPrinterTest.bytes;
import static io.bilheteria.devices.printer.escpos.SerialEscPosPrinterTest.indexOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.devices.printer.Alignment;
import io.bilheteria.devices.printer.QrErrorCorrection;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptElement;
import io.bilheteria.devices.printer.TextSize;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class EscPosEncoderTest {

    @Test
    void aSmallReceiptIsExactlyTheseBytes() {
        Receipt receipt = Receipt.builder()
                .boldText("Ação", Alignment.CENTER, TextSize.DOUBLE)
                .text("Setor A")
                .separator('=')
                .add(new ReceiptElement.QrCode("BT1.x", 4, QrErrorCorrection.Q))
                .feed(2)
                .cut()
                .build();

        byte[] encoded = new EscPosEncoder(CodePage.PC860, 24, QrRendering.NATIVE).encode(receipt);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(bytes(0x1B, '@', 0x1B, 't', 3));
        expected.writeBytes(bytes(0x1B, 'a', 1, 0x1D, '!', 0x11, 0x1B, 'E', 1, 'A', 0x87, 0x84, 'o', '\n'));
        expected.writeBytes(bytes(0x1B, 'a', 0, 0x1D, '!', 0x00, 0x1B, 'E', 0));
        expected.writeBytes("Setor A\n".getBytes());
        expected.writeBytes(("=".repeat(24) + "\n").getBytes());
        expected.writeBytes(bytes(0x1B, 'a', 1));
        expected.writeBytes(bytes(0x1D, '(', 'k', 4, 0, 49, 65, 50, 0));
        expected.writeBytes(bytes(0x1D, '(', 'k', 3, 0, 49, 67, 4));
        expected.writeBytes(bytes(0x1D, '(', 'k', 3, 0, 49, 69, 50));
        expected.writeBytes(bytes(0x1D, '(', 'k', 8, 0, 49, 80, 48, 'B', 'T', '1', '.', 'x'));
        expected.writeBytes(bytes(0x1D, '(', 'k', 3, 0, 49, 81, 48));
        expected.writeBytes(bytes(0x1B, 'd', 2));
        expected.writeBytes(bytes(0x1D, 'V', 66, 0));
        assertThat(encoded).isEqualTo(expected.toByteArray());
    }

    @Test
    void aStyleIsSentOnlyWhenItChanges() {
        Receipt receipt = Receipt.builder().text("um").text("dois").text("três").build();

        byte[] encoded = new EscPosEncoder().encode(receipt);

        assertThat(encoded).isEqualTo(bytes(0x1B, '@', 0x1B, 't', 3, 'u', 'm', '\n', 'd', 'o', 'i', 's', '\n',
                't', 'r', 0x88, 's', '\n'));
    }

    @Test
    void aRasterQrIsTheSameSymbolAsAnImageAndManyTimesLarger() {
        Receipt receipt = Receipt.builder().qrCode("BT1.abc.1.def.ghi.sig").build();

        byte[] raster = new EscPosEncoder(CodePage.PC860, 48, QrRendering.RASTER).encode(receipt);
        byte[] nativeQr = new EscPosEncoder().encode(receipt);

        int image = indexOf(raster, bytes(0x1D, 'v', '0', 0));
        assertThat(image).isPositive();
        // a 25-module version 2 code at 6 dots a module: 150 dots square, 19 bytes a row
        int widthBytes = (raster[image + 4] & 0xFF) | (raster[image + 5] & 0xFF) << 8;
        int rows = (raster[image + 6] & 0xFF) | (raster[image + 7] & 0xFF) << 8;
        assertThat(widthBytes).isEqualTo(19);
        assertThat(rows).isEqualTo(150);
        assertThat(raster.length).isEqualTo(image + 8 + widthBytes * rows);
        assertThat(raster.length).isGreaterThan(nativeQr.length * 40);
        // the top-left finder pattern: a black row of 7 modules = 42 dots
        assertThat(raster[image + 8]).isEqualTo((byte) 0xFF);
        assertThat(raster[image + 8 + 5]).as("42 black dots, then the white separator").isEqualTo((byte) 0xC0);
    }
}
