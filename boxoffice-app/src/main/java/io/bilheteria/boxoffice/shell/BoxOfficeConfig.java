package io.bilheteria.boxoffice.shell;

import io.bilheteria.devices.printer.ReceiptPrinters;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * How this workstation runs: where it keeps its data (the gate's and the concession counter's
 * journals and downloads), which backend it talks to (none: the bundled one), the names its gate
 * scans and its counter's hand-overs carry (and its desk's payment receipts), a serial scanner, if one is attached, the cashier's
 * receipt printer, and the venue's time zone, in which staff read session times and "entered at"
 * (the venue's clock, whatever zone the workstation's system is set to).
 */
public record BoxOfficeConfig(Path dataDir, Optional<String> backendUrl, String gateId, String counterId,
                              String deskId,
                              Optional<String> scanner, String printer, Locale locale, ZoneId zone) {
    /** The kiosk's default too: the demo's venues are in São Paulo. */
    public static final ZoneId DEFAULT_VENUE_ZONE = ZoneId.of("America/Sao_Paulo");

    /**
     * @param scanner a serial scanner's setting ({@code serial:/dev/ttyACM0?baud=9600}), or null:
     *                keyboard-wedge scanners need no setting
     */
    public static BoxOfficeConfig of(Path dataDir, String backendUrl, String gateId, String scanner) {
        return new BoxOfficeConfig(dataDir, present(backendUrl),
                present(gateId).orElseGet(() -> named("gate")), named("balcao"), named("caixa"), present(scanner),
                ReceiptPrinters.SIMULATED, Locale.forLanguageTag("pt-BR"), DEFAULT_VENUE_ZONE);
    }

    public BoxOfficeConfig withZone(ZoneId venueZone) {
        return new BoxOfficeConfig(dataDir, backendUrl, gateId, counterId, deskId, scanner, printer, locale, venueZone);
    }

    /** @param setting the cashier's receipt printer, as {@link ReceiptPrinters#open} reads it ({@code sim:} by default) */
    public BoxOfficeConfig withPrinter(String setting) {
        return new BoxOfficeConfig(dataDir, backendUrl, gateId, counterId, deskId, scanner, setting, locale, zone);
    }

    /** @param id the name the concession counter's hand-overs carry, or null for {@code balcao-<host name>} */
    public BoxOfficeConfig withCounterId(String id) {
        return new BoxOfficeConfig(dataDir, backendUrl, gateId, present(id).orElseGet(() -> named("balcao")),
                deskId, scanner, printer, locale, zone);
    }

    /** @param id the name the cashier's payment receipts print as their terminal, or null for {@code caixa-<host name>} */
    public BoxOfficeConfig withDeskId(String id) {
        return new BoxOfficeConfig(dataDir, backendUrl, gateId, counterId, present(id).orElseGet(() -> named("caixa")),
                scanner, printer, locale, zone);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Staff read "which gate" in JÁ USADO and "which counter" in JÁ ENTREGUE, so the default is the machine's name. */
    private static String named(String station) {
        try {
            return station + "-" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return station;
        }
    }
}
