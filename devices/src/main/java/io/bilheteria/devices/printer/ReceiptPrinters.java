package io.bilheteria.devices.printer;

import io.bilheteria.devices.DeviceSetting;
import io.bilheteria.devices.printer.escpos.CodePage;
import io.bilheteria.devices.printer.escpos.EscPosEncoder;
import io.bilheteria.devices.printer.escpos.EscPosPrinter;
import io.bilheteria.devices.printer.escpos.QrRendering;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.devices.printer.transport.DeviceFilePrinterLink;
import io.bilheteria.devices.printer.transport.PrinterLink;
import io.bilheteria.devices.printer.transport.SerialPrinterLink;
import io.bilheteria.devices.printer.transport.TcpPrinterLink;
import io.bilheteria.devices.serial.SerialSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Opens the receipt printer a setting line names:
 * <ul>
 * <li>{@code serial:/dev/ttyUSB0?baud=9600&flow=rtscts} — serial port, 8N1; {@code flow} is
 *     {@code none} (default), {@code rtscts} or {@code xonxoff}, as the printer is set;</li>
 * <li>{@code usb:/dev/usb/lp0} — the USB printer's device file;</li>
 * <li>{@code tcp:192.168.0.50:9100} — a network printer's raw port (9100 when left out);</li>
 * <li>{@code sim:} — the simulator, saving PNG images in the app's receipt directory, or in
 *     the directory written after the colon.</li>
 * </ul>
 * The ESC/POS printers also take {@code codepage} ({@code pc860} by default, Portuguese;
 * {@code pc850}, {@code pc858}, {@code wpc1252}, {@code pc437}) and {@code qr}
 * ({@code native} by default, {@code raster} for printers without a QR command). Receipts
 * are laid out for 80 mm paper. Nothing is opened yet: a printer that is off now is
 * reported {@link PrinterStatus#OFFLINE} and used once it answers.
 */
public final class ReceiptPrinters {
    public static final String SIMULATED = "sim:";
    private static final Set<String> PRINTER_OPTIONS = Set.of("codepage", "qr");

    private ReceiptPrinters() {
    }

    /**
     * @param simulatorDirectory where {@code sim:} saves its images when the setting names none
     * @throws IllegalArgumentException when the setting is not understood; the message says why in plain words
     */
    public static ReceiptPrinter open(String setting, Path simulatorDirectory) {
        DeviceSetting parsed = DeviceSetting.parse(setting);
        return switch (parsed.kind()) {
            case "sim" -> new SimulatedPrinter(parsed.onlyOptions(Set.of()).target().isEmpty()
                    ? simulatorDirectory : Path.of(parsed.target()));
            case "serial" -> escPos(parsed, new SerialPrinterLink(SerialSettings.of(parsed, PRINTER_OPTIONS)));
            case "usb" -> {
                if (parsed.target().isEmpty()) {
                    throw parsed.invalid("the device file is missing, e.g. usb:/dev/usb/lp0");
                }
                yield escPos(parsed.onlyOptions(PRINTER_OPTIONS), new DeviceFilePrinterLink(Path.of(parsed.target())));
            }
            case "tcp" -> escPos(parsed.onlyOptions(PRINTER_OPTIONS), tcp(parsed));
            default -> throw parsed.invalid("a printer is serial:, usb:, tcp: or sim:, e.g. serial:/dev/ttyUSB0?baud=9600, "
                    + "usb:/dev/usb/lp0, tcp:192.168.0.50:9100 or sim:");
        };
    }

    private static TcpPrinterLink tcp(DeviceSetting setting) {
        String target = setting.target();
        int colon = target.lastIndexOf(':');
        boolean hasPort = colon >= 0 && !target.endsWith("]");
        String host = hasPort ? target.substring(0, colon) : target;
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (host.isBlank()) {
            throw setting.invalid("the printer's host is missing, e.g. tcp:192.168.0.50:9100");
        }
        int port = TcpPrinterLink.DEFAULT_PORT;
        if (hasPort) {
            try {
                port = Integer.parseInt(target.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw setting.invalid("the port must be a number, e.g. tcp:192.168.0.50:9100");
            }
            if (port < 1 || port > 65_535) {
                throw setting.invalid("the port must be from 1 to 65535");
            }
        }
        return new TcpPrinterLink(host, port);
    }

    private static EscPosPrinter escPos(DeviceSetting setting, PrinterLink link) {
        CodePage codePage;
        QrRendering qr;
        try {
            codePage = CodePage.named(setting.option("codepage").orElse(CodePage.PC860.name()));
        } catch (IllegalArgumentException e) {
            throw setting.invalid(e.getMessage());
        }
        String qrOption = setting.option("qr").orElse("native").toUpperCase(Locale.ROOT);
        try {
            qr = QrRendering.valueOf(qrOption);
        } catch (IllegalArgumentException e) {
            throw setting.invalid("qr must be native or raster, not '" + qrOption.toLowerCase(Locale.ROOT) + "'");
        }
        return new EscPosPrinter(link, new EscPosEncoder(codePage, TicketReceipts.COLUMNS_80MM, qr));
    }
}
