package io.bilheteria.kiosk.config;

import io.bilheteria.devices.DeviceSetting;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinters;
import io.bilheteria.devices.serial.SerialSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * How this totem is set up. Read from {@code kiosk.properties} in the data directory
 * (written by the maintenance screen), then overridden by command-line flags.
 * A blank {@code backendUrl} means: run the bundled backend in-process with demo data.
 *
 * @param printer the receipt printer as one setting line ({@code printer} in the file):
 *     {@code serial:/dev/ttyUSB0?baud=9600}, {@code usb:/dev/usb/lp0}, {@code tcp:host:9100} or
 *     {@code sim:} (the default: PNG images under {@code receipts/} in the data directory)
 * @param receipts one receipt per ticket or one per order ({@code receipts=per-ticket|per-order})
 * @param scanner a serial QR scanner ({@code scanner=serial:/dev/ttyACM0?baud=9600}), or empty (the default):
 *     a keyboard-wedge scanner needs no setting, its keys arrive as typing
 */
public record KioskConfig(
        Path dataDir,
        String backendUrl,
        String kioskUser,
        String kioskPassword,
        String terminalId,
        Duration idleAfter,
        Duration idleWarning,
        String maintenancePin,
        boolean simulatedDevices,
        boolean windowed,
        Locale locale,
        ZoneId venueZone,
        String printer,
        ReceiptGrouping receipts,
        String scanner) {

    public static final String FILE_NAME = "kiosk.properties";

    public static KioskConfig defaults(Path dataDir) {
        return new KioskConfig(dataDir, "", "kiosk", "demo-kiosk", "totem-1", Duration.ofSeconds(60),
                Duration.ofSeconds(20), "2468", true, false, Locale.forLanguageTag("pt-BR"),
                ZoneId.of("America/Sao_Paulo"), ReceiptPrinters.SIMULATED, ReceiptGrouping.PER_TICKET, "");
    }

    public boolean bundledBackend() {
        return backendUrl == null || backendUrl.isBlank();
    }

    /** The settings in {@code dataDir/kiosk.properties} over the defaults; missing file: defaults. */
    public static KioskConfig load(Path dataDir) throws IOException {
        KioskConfig config = defaults(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return config;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new KioskConfig(dataDir,
                p.getProperty("backend.url", config.backendUrl()).trim(),
                p.getProperty("kiosk.user", config.kioskUser()),
                p.getProperty("kiosk.password", config.kioskPassword()),
                p.getProperty("terminal.id", config.terminalId()),
                seconds(p, "idle.seconds", config.idleAfter()),
                seconds(p, "idle.warning.seconds", config.idleWarning()),
                p.getProperty("maintenance.pin", config.maintenancePin()),
                Boolean.parseBoolean(p.getProperty("devices.simulated", Boolean.toString(config.simulatedDevices()))),
                config.windowed(),
                Locale.forLanguageTag(p.getProperty("locale", config.locale().toLanguageTag())),
                ZoneId.of(p.getProperty("venue.zone", config.venueZone().getId())),
                printer(p.getProperty("printer", config.printer()).trim(), dataDir),
                receipts(p.getProperty("receipts")),
                scanner(p.getProperty("scanner", config.scanner()).trim()));
    }

    /** Where the simulated printer saves its receipt images unless its setting names a directory. */
    public Path receiptsDir() {
        return dataDir.resolve("receipts");
    }

    /** Refuses a printer line that is not understood now, at start, rather than at the first sale. */
    private static String printer(String setting, Path dataDir) {
        try {
            ReceiptPrinters.open(setting, dataDir.resolve("receipts")).close();
            return setting;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kiosk.properties: 'printer': " + e.getMessage(), e);
        }
    }

    /** Refuses a scanner line that is not a serial setting now, at start, rather than when a buyer scans. */
    private static String scanner(String setting) {
        if (setting.isEmpty()) {
            return setting;
        }
        try {
            SerialSettings.of(DeviceSetting.parse(setting), Set.of());
            return setting;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kiosk.properties: 'scanner' is a serial port such as "
                    + "serial:/dev/ttyACM0?baud=9600, or empty for a keyboard-wedge scanner: " + e.getMessage(), e);
        }
    }

    private static ReceiptGrouping receipts(String value) {
        if (value == null || value.isBlank()) {
            return ReceiptGrouping.PER_TICKET;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "per-ticket" -> ReceiptGrouping.PER_TICKET;
            case "per-order" -> ReceiptGrouping.PER_ORDER;
            default -> throw new IllegalArgumentException("kiosk.properties: 'receipts' is per-ticket or per-order, not '"
                    + value.trim() + "'");
        };
    }

    /** Writes the settings the maintenance screen can change; the PIN and password stay as they were. */
    public void save() throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        p.setProperty("backend.url", backendUrl == null ? "" : backendUrl);
        p.setProperty("terminal.id", terminalId);
        p.setProperty("devices.simulated", Boolean.toString(simulatedDevices));
        p.setProperty("locale", locale.toLanguageTag());
        Path temp = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "Bilheteria kiosk settings");
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public KioskConfig withBackendUrl(String url) {
        return new KioskConfig(dataDir, url == null ? "" : url.trim(), kioskUser, kioskPassword, terminalId, idleAfter,
                idleWarning, maintenancePin, simulatedDevices, windowed, locale, venueZone, printer, receipts, scanner);
    }

    public KioskConfig withTerminalId(String id) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, id, idleAfter, idleWarning,
                maintenancePin, simulatedDevices, windowed, locale, venueZone, printer, receipts, scanner);
    }

    public KioskConfig withSimulatedDevices(boolean simulated) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, terminalId, idleAfter, idleWarning,
                maintenancePin, simulated, windowed, locale, venueZone, printer, receipts, scanner);
    }

    public KioskConfig withWindowed(boolean window) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, terminalId, idleAfter, idleWarning,
                maintenancePin, simulatedDevices, window, locale, venueZone, printer, receipts, scanner);
    }

    public KioskConfig withIdle(Duration after, Duration warning) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, terminalId, after, warning,
                maintenancePin, simulatedDevices, windowed, locale, venueZone, printer, receipts, scanner);
    }

    /** A serial scanner's setting, or empty for none. */
    public KioskConfig withScanner(String setting) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, terminalId, idleAfter, idleWarning,
                maintenancePin, simulatedDevices, windowed, locale, venueZone, printer, receipts, setting);
    }

    public Optional<String> serialScanner() {
        return scanner.isBlank() ? Optional.empty() : Optional.of(scanner);
    }

    public KioskConfig withPrinter(String setting) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, terminalId, idleAfter, idleWarning,
                maintenancePin, simulatedDevices, windowed, locale, venueZone, setting, receipts, scanner);
    }

    private static Duration seconds(Properties p, String key, Duration fallback) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("kiosk.properties: '" + key + "' must be a number of seconds, not '"
                    + value + "'");
        }
    }
}
