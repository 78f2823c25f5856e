package io.bilheteria.ui.scanner;

import io.bilheteria.devices.scanner.KeystrokeScanDetector;
import io.bilheteria.devices.scanner.ScanListener;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * Feeds a scene's typed keys to a {@link KeystrokeScanDetector}, so a keyboard-wedge scanner
 * works wherever the focus is: at the gate, the concession counter, and the kiosk reading an order's
 * QR code. JavaFX key events carry no time, so each key is stamped when it arrives; a pause timer
 * ends scans from scanners that send no Enter. The scan is handed over on the FX thread.
 */
public final class WedgeScanInput implements AutoCloseable {
    private final Scene scene;
    private final KeystrokeScanDetector detector;
    private final LongSupplier nanoTime;
    private final PauseTransition pause = new PauseTransition();
    private final EventHandler<KeyEvent> filter = this::typed;

    public WedgeScanInput(Scene scene, ScanListener listener) {
        this(scene, listener, System::nanoTime);
    }

    WedgeScanInput(Scene scene, ScanListener listener, LongSupplier nanoTime) {
        this.scene = scene;
        this.detector = new KeystrokeScanDetector(listener);
        this.nanoTime = nanoTime;
        pause.setOnFinished(event -> detector.tick(nanoTime.getAsLong()));
        scene.addEventFilter(KeyEvent.KEY_TYPED, filter);
    }

    private void typed(KeyEvent event) {
        String text = event.getCharacter();
        if (text == null || text.isEmpty() || text.equals(KeyEvent.CHAR_UNDEFINED)) {
            return;
        }
        long now = nanoTime.getAsLong();
        for (int i = 0; i < text.length(); i++) {
            detector.key(text.charAt(i), now);
        }
        pause.stop();
        detector.deadline().ifPresent(deadline -> {
            pause.setDuration(Duration.millis(Math.max(1, (deadline - now) / 1_000_000.0 + 1)));
            pause.playFromStart();
        });
    }

    /** Stops listening, e.g. when the gate or counter screen is left or the kiosk closes. */
    @Override
    public void close() {
        pause.stop();
        scene.removeEventFilter(KeyEvent.KEY_TYPED, filter);
    }
}
