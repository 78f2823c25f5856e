package io.bilheteria.boxoffice.gate.ui;

import static io.bilheteria.boxoffice.testing.Fx.onFx;

import io.bilheteria.boxoffice.gate.Gate;
import io.bilheteria.boxoffice.gate.GateValidationBenchmark;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.offline.SyncSettings;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.boxoffice.testing.Fx;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.scanner.WedgeScanInput;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The gate from the scanner's last keystroke (its Enter) to the verdict laid out on screen,
 * offline (target: p99 under 30 ms). The real gate screen on the headless JavaFX platform
 * with the software renderer: the keys go into the scene as a keyboard wedge types them,
 * the verdict is decided on the gate's one call thread (journal fsync included), and the clock
 * stops at the first layout pulse after the verdict is shown, which waits for the next
 * frame (up to 16 ms at 60 Hz). Run with {@code ./mvnw -B -Pbench -pl boxoffice-app -DskipTests verify (after an install)}.
 */
public final class GateScreenBenchmark {
    private static final int WARM_UP_SCANS = 300;
    private static final int MEASURED_SCANS = 1_000;

    private GateScreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Fx.useHeadlessPlatform();
        Path dir = Files.createTempDirectory("gate-screen-bench");
        try (LocalBackend backend = new LocalBackend()) {
            String session = backend.theatreSessions().get(0);
            List<String> codes = GateValidationBenchmark.sell(backend, session);
            Gate gate = Gate.open(dir, backend.as("gate"), "bench-1", List.of(session),
                    SyncSettings.defaults().withSyncEvery(Duration.ofHours(1)));
            gate.syncNow().get(30, TimeUnit.SECONDS);
            backend.stop();
            Platform.startup(() -> { });
            UiTaskExecutor gateCalls = new UiTaskExecutor(1);
            Messages messages = new Messages(Locale.forLanguageTag("pt-BR"), BoxOfficeWindow.BUNDLE);
            GateViewModel model = onFx(() -> new GateViewModel(gate, gateCalls, messages, ZoneId.systemDefault(),
                    Clock.systemUTC()));
            Scene scene = onFx(() -> {
                GateScreen screen = new GateScreen(model, messages, "bench", new VerdictSounds(),
                        new GateScreen.Exits() {
                            @Override
                            public void chooseAgain() {
                            }

                            @Override
                            public void signOut() {
                            }
                        });
                Scene s = new Scene((javafx.scene.Parent) screen.view(), 1920, 1080);
                Theme.apply(s, Theme.Density.DESK);
                new WedgeScanInput(s, screen::scanned);
                Stage stage = new Stage();
                stage.setScene(s);
                stage.show();
                screen.focus();
                return s;
            });
            for (int i = 0; i < WARM_UP_SCANS; i++) {
                scanAndWait(scene, model, codes.get(i % codes.size()));
            }
            long[] nanos = new long[MEASURED_SCANS];
            for (int i = 0; i < MEASURED_SCANS; i++) {
                nanos[i] = scanAndWait(scene, model, codes.get((i * 7) % codes.size()));
            }
            Arrays.sort(nanos);
            System.out.printf("gate screen, keystroke to verdict on screen, offline, %d scans of %d tickets "
                            + "(first entries, then replays): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    MEASURED_SCANS, codes.size(), ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6);
            onFx(() -> {
                model.close();
                return null;
            });
            gateCalls.close();
        } finally {
            Platform.exit();
        }
    }

    /** Types the code into the scene, then Enter; returns nanoseconds from Enter to the laid-out verdict. */
    private static long scanAndWait(Scene scene, GateViewModel model, String code) throws Exception {
        CompletableFuture<Long> shownAt = new CompletableFuture<>();
        long[] enterAt = new long[1];
        onFx(() -> {
            ListChangeListener<Object> onVerdict = new ListChangeListener<>() {
                @Override
                public void onChanged(Change<?> change) {
                    model.recent().removeListener(this);
                    Runnable pulse = new Runnable() {
                        @Override
                        public void run() {
                            scene.removePostLayoutPulseListener(this);
                            shownAt.complete(System.nanoTime());
                        }
                    };
                    scene.addPostLayoutPulseListener(pulse);
                }
            };
            model.recent().addListener(onVerdict);
            for (char c : code.toCharArray()) {
                type(scene, c);
            }
            enterAt[0] = System.nanoTime();
            type(scene, '\r');
            return null;
        });
        return shownAt.get(10, TimeUnit.SECONDS) - enterAt[0];
    }

    private static void type(Scene scene, char c) {
        Event.fireEvent(scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot(),
                new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
