package io.bilheteria.boxoffice.cashier;

import static io.bilheteria.boxoffice.testing.Fx.onFx;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.boxoffice.testing.Fx;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.ReceiptPrinters;
import io.bilheteria.ui.sale.PaymentOutcome;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * A cashier's sale of two best-available seats, from "new sale" to "printed", with the
 * simulated terminal and printer: the keystrokes it takes, and the time, on the real
 * cashier screen (headless JavaFX, software renderer) against the bundled backend on H2.
 * Each key is sent as soon as the screen is ready for it, as a practised cashier would. The
 * baseline, measured in the same run, is the same sale made by the same {@link Sale} calls
 * without the screen. Run with {@code ./mvnw -B -Pbench -pl boxoffice-app -DskipTests verify (after an install)}.
 */
public final class CashierSaleBenchmark {
    private static final int WARM_UP = 3;
    private static final int MEASURED = 20;
    /** What a cashier types to find tonight's show: enough letters to make it the first match. */
    private static final String SEARCH = "comp";
    private static Scene scene;
    private static int keystrokes;

    private CashierSaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Fx.useHeadlessPlatform();
        Path dir = Files.createTempDirectory("cashier-bench");
        try (LocalBackend backend = new LocalBackend(); UiTaskExecutor tasks = new UiTaskExecutor(2)) {
            double[] baseline = baseline(backend, dir.resolve("baseline-receipts"));
            Platform.startup(() -> { });
            BoxOfficeWindow window = onFx(() -> {
                Stage stage = new Stage();
                stage.setWidth(1920);
                stage.setHeight(1080);
                return BoxOfficeWindow.open(stage, BoxOfficeConfig.of(dir, backend.baseUrl(), null, null),
                        backend.baseUrl(), tasks);
            });
            scene = window.scene();
            onFx(() -> {
                ((TextInputControl) scene.lookup("#login-username")).setText("cashier");
                ((TextInputControl) scene.lookup("#login-password")).setText("demo-cashier");
                ((Button) scene.lookup("#login-submit")).fire();
                return null;
            });
            waitUntil(() -> text("#shift-title").equals("O caixa está fechado."));
            press(KeyCode.ENTER); // opens the till
            waitUntil(() -> scene.lookup("#cashier-search") != null && scene.lookup("#cashier-search").isFocused());
            double[] screen = new double[MEASURED];
            int keysPerSale = 0;
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                keystrokes = 0;
                long start = System.nanoTime();
                sellTwoBestSeats();
                long took = System.nanoTime() - start;
                keysPerSale = keystrokes;
                if (i >= WARM_UP) {
                    screen[i - WARM_UP] = took / 1e6;
                }
                press(KeyCode.ENTER); // the next sale
                waitUntil(() -> text("#cashier-message").isEmpty() && scene.lookup("#cashier-search").isFocused());
            }
            onFx(() -> {
                window.close();
                return null;
            });
            report(keysPerSale, screen, baseline);
        } finally {
            Platform.exit();
        }
    }

    /** The keys of one sale, each sent once the screen shows it is ready for it. */
    private static void sellTwoBestSeats() throws Exception {
        type(SEARCH);
        waitUntil(() -> {
            ListView<?> found = (ListView<?>) scene.lookup("#cashier-sessions");
            return !found.getItems().isEmpty() && found.getItems().get(0).toString().contains("Compadecida")
                    && found.getItems().size() <= 4;
        });
        press(KeyCode.ENTER);
        waitUntil(() -> ((SeatMapView) scene.lookup("#cashier-seatmap")).getSeatMap() != null
                && scene.lookup("#cashier-quantity").isFocused());
        type("2");
        press(KeyCode.ENTER);
        waitUntil(() -> text("#cashier-message").startsWith("Lugares reservados"));
        press(KeyCode.F8);
        waitUntil(() -> text("#cashier-terminal").startsWith("Terminal simulado"));
        type("1");
        waitUntil(() -> text("#cashier-message").startsWith("Vendido"));
    }

    /** The same sale through {@link Sale} alone: the backend, the card and the printer, no screen. */
    private static double[] baseline(LocalBackend backend, Path receipts) throws Exception {
        BilheteriaClient cashier = backend.as("cashier");
        String till = cashier.openShift().shiftId();
        Sale sale = new Sale(new TerminalBackend(cashier, () -> { }), Clock.systemUTC(),
                BoxOfficeConfig.DEFAULT_VENUE_ZONE, "caixa-1");
        double[] times = new double[MEASURED];
        try (ReceiptPrinter printer = ReceiptPrinters.open(ReceiptPrinters.SIMULATED, receipts)) {
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long start = System.nanoTime();
                LocalDate today = LocalDate.now(BoxOfficeConfig.DEFAULT_VENUE_ZONE);
                var event = sale.findEvents(SEARCH, today, today.plusDays(60)).get(0);
                sale.chooseEvent(event.id());
                var map = sale.chooseSession(event.sessions().get(0).id());
                sale.holdBestAvailable(map.sections().get(1).id(), 2); // the stalls: the screen sells the first section
                sale.review();
                if (!(sale.pay(SandboxCard.APPROVES.card()) instanceof PaymentOutcome.Paid)
                        || !(sale.print(printer, Locale.forLanguageTag("pt-BR"), ReceiptGrouping.PER_TICKET)
                        instanceof PrintOutcome.Printed)) {
                    throw new IllegalStateException("the baseline sale did not complete");
                }
                long took = System.nanoTime() - start;
                sale.abandon();
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = took / 1e6;
                }
            }
        }
        cashier.closeShift(till); // the screen's cashier opens the till again, as at the start of a day
        return times;
    }

    private static void report(int keys, double[] screen, double[] baseline) {
        Arrays.sort(screen);
        Arrays.sort(baseline);
        System.out.printf(Locale.ROOT, "Cashier sale of two best-available seats, %d sales after %d warm-up, %d cores, Java %s%n",
                MEASURED, WARM_UP, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| measure | median | p95 | fastest | vs baseline (median) |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| keystrokes from new sale to printed (\"%s\", Enter, \"2\", Enter, F8, \"1\") | %d | | | |%n",
                SEARCH, keys);
        row("baseline: the same Sale calls without the screen", baseline, median(baseline));
        row("the cashier screen, keys sent as soon as it is ready", screen, median(baseline));
    }

    private static void row(String what, double[] sorted, double baselineMedian) {
        System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.2f |%n", what, median(sorted),
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[0], median(sorted) / baselineMedian);
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String text(String selector) {
        Node node = scene.lookup(selector);
        return node instanceof Label label && label.getText() != null ? label.getText() : "";
    }

    private static void type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            keystrokes++;
            onFx(() -> {
                Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "",
                        KeyCode.UNDEFINED, false, false, false, false));
                return null;
            });
        }
    }

    private static void press(KeyCode key) throws Exception {
        keystrokes++;
        onFx(() -> {
            Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key,
                    false, false, false, false));
            return null;
        });
    }

    private static void waitUntil(BooleanSupplier ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(ready::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the screen did not get there in 30 s: " + text("#cashier-message"));
            }
            Thread.sleep(1);
        }
    }
}
