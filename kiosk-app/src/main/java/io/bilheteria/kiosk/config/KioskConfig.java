package io.bilheteria.kiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

/**
 * How this totem is set up. Read from {@code kiosk.properties} in the data directory
 * (written by the maintenance screen), then overridden by command-line flags.
 * A blank {@code backendUrl} means: run the bundled backend in-process with demo data.
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
        ZoneId venueZone) {

    public static final String FILE_NAME = "kiosk.properties";

    public static KioskConfig defaults(Path dataDir) {
        return new KioskConfig(dataDir, "", "kiosk", "demo-kiosk", "totem-1", Duration.ofSeconds(60),
                Duration.ofSeconds(20), "2468", true, false, Locale.forLanguageTag("pt-BR"),
                ZoneId.of("America/Sao_Paulo"));
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
                ZoneId.of(p.getProperty("venue.zone", config.venueZone().getId())));
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
                idleWarning, maintenancePin, simulatedDevices, windowed, locale, venueZone);
    }

    public KioskConfig withTerminalId(String id) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, id, idleAfter, idleWarning,
                maintenancePin, simulatedDevices, windowed, locale, venueZone);
    }

    public KioskConfig withSimulatedDevices(boolean simulated) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, terminalId, idleAfter, idleWarning,
                maintenancePin, simulated, windowed, locale, venueZone);
    }

    public KioskConfig withWindowed(boolean window) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, terminalId, idleAfter, idleWarning,
                maintenancePin, simulatedDevices, window, locale, venueZone);
    }

    public KioskConfig withIdle(Duration after, Duration warning) {
        return new KioskConfig(dataDir, backendUrl, kioskUser, kioskPassword, terminalId, after, warning,
                maintenancePin, simulatedDevices, windowed, locale, venueZone);
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
