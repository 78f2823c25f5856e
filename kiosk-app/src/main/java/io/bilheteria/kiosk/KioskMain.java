package io.bilheteria.kiosk;

import io.bilheteria.backend.bundled.BundledBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.diagnostics.PrintTest;
import io.bilheteria.kiosk.launch.FastStartLauncher;
import io.bilheteria.ui.start.DesktopLaunch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the kiosk: {@code java -jar kiosk-app/target/bilheteria-kiosk.jar [--data DIR]
 * [--backend URL] [--windowed] [--single-jvm]}, or only tests a printer: {@code --print-test
 * <printer setting>}. Without a backend URL (flag, {@code BILHETERIA_BACKEND_URL} or the
 * settings file) the backend runs in-process with demo data. From the jar, the kiosk runs in
 * a second JVM that maps a startup archive ({@link FastStartLauncher}); {@code --single-jvm}
 * runs it in this one. A separate class from the {@link javafx.application.Application}, so the fat jar starts
 * without the JavaFX launcher's module check. Exits with {@link DesktopLaunch#NO_WINDOW} when there
 * is no desktop to open its window on.
 */
public final class KioskMain {
    private KioskMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && PrintTest.FLAG.equals(args[0])) {
            System.exit(PrintTest.main(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        Path dataDir = Path.of("data", "kiosk");
        String backendUrl = System.getenv("BILHETERIA_BACKEND_URL");
        boolean windowed = false;
        boolean singleJvm = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> dataDir = Path.of(value(args, ++i, "--data"));
                case "--backend" -> backendUrl = value(args, ++i, "--backend");
                case "--windowed" -> windowed = true;
                case "--single-jvm" -> singleJvm = true;
                default -> {
                    System.err.println("unknown option " + args[i]
                            + "; usage: [--data DIR] [--backend URL] [--windowed] [--single-jvm]");
                    System.exit(2);
                }
            }
        }
        if (FastStartLauncher.isChild()) {
            FastStartLauncher.exitWithLauncher();
        } else if (!singleJvm) {
            Optional<Integer> exitCode = FastStartLauncher.run(dataDir, KioskMain.class.getName());
            if (exitCode.isPresent()) {
                System.exit(exitCode.get());
            }
        }
        KioskConfig config = KioskConfig.load(dataDir).withWindowed(windowed);
        if (backendUrl != null && !backendUrl.isBlank()) {
            config = config.withBackendUrl(backendUrl);
        }
        KioskConfig settings = config;
        CompletableFuture<BundledBackend> bundled = settings.bundledBackend()
                ? CompletableFuture.supplyAsync(() -> BundledBackend.start(settings.dataDir()))
                : null;
        KioskApp.configure(settings, bundled);
        DesktopLaunch.launch(KioskApp.class, "The kiosk", bundled);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            System.err.println(flag + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
