package io.bilheteria.boxoffice;

import io.bilheteria.backend.bundled.BundledBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.devices.printer.ReceiptPrinters;
import io.bilheteria.ui.start.DesktopLaunch;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the box office: {@code java -jar boxoffice-app/target/bilheteria-boxoffice.jar
 * [--data DIR] [--backend URL] [--gate-id ID] [--counter-id ID] [--desk-id ID] [--scanner serial:DEVICE?baud=N]
 * [--printer SETTING] [--zone VENUE_ZONE]}.
 * Without a backend URL (flag or {@code
 * BILHETERIA_BACKEND_URL}) the backend runs in-process with demo data under DIR. A separate
 * class from the {@link javafx.application.Application}, so the fat jar starts without the JavaFX module check.
 */
public final class BoxOfficeMain {
    private BoxOfficeMain() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of("data", "boxoffice");
        String backendUrl = System.getenv("BILHETERIA_BACKEND_URL");
        String gateId = null;
        String counterId = null;
        String deskId = null;
        String scanner = null;
        ZoneId zone = BoxOfficeConfig.DEFAULT_VENUE_ZONE;
        String printer = ReceiptPrinters.SIMULATED;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> dataDir = Path.of(value(args, ++i, "--data"));
                case "--backend" -> backendUrl = value(args, ++i, "--backend");
                case "--gate-id" -> gateId = value(args, ++i, "--gate-id");
                case "--counter-id" -> counterId = value(args, ++i, "--counter-id");
                case "--desk-id" -> deskId = value(args, ++i, "--desk-id");
                case "--scanner" -> scanner = value(args, ++i, "--scanner");
                case "--zone" -> zone = zone(value(args, ++i, "--zone"));
                case "--printer" -> printer = value(args, ++i, "--printer");
                default -> {
                    System.err.println("unknown option " + args[i] + "; usage: [--data DIR] [--backend URL]"
                            + " [--gate-id ID] [--counter-id ID] [--desk-id ID] [--scanner serial:DEVICE?baud=N]"
                            + " [--printer serial:|usb:|tcp:|sim:...]"
                            + " [--zone VENUE_ZONE, e.g. America/Manaus]");
                    System.exit(2);
                }
            }
        }
        BoxOfficeConfig config = BoxOfficeConfig.of(dataDir, backendUrl, gateId, scanner).withZone(zone)
                .withPrinter(printer).withCounterId(counterId).withDeskId(deskId);
        CompletableFuture<BundledBackend> bundled = config.backendUrl().isEmpty()
                ? CompletableFuture.supplyAsync(() -> BundledBackend.start(config.dataDir()))
                : null;
        BoxOfficeApp.configure(config, bundled);
        DesktopLaunch.launch(BoxOfficeApp.class, "The box office", bundled);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            System.err.println("--zone " + id + " is not a time zone; use a region such as America/Sao_Paulo");
            System.exit(2);
            return null;
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            System.err.println(flag + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
