package io.bilheteria.devices.scanner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link KeystrokeScanDetector} with its own clock and timer, for keyboard input outside
 * JavaFX (a terminal, a test): keys are stamped with {@link System#nanoTime()} and a
 * scheduler ends a scan that comes without Enter once the pause has passed. The listener is
 * called on the thread that fed the key or on the timer's thread.
 */
public final class TimedScanDetector implements AutoCloseable {
    private final KeystrokeScanDetector detector;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;

    public TimedScanDetector(ScanListener listener, Duration maxKeyGap, int minLength) {
        this.detector = new KeystrokeScanDetector(Objects.requireNonNull(listener, "listener"), maxKeyGap, minLength);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "scan-pause-timer");
            thread.setDaemon(true);
            return thread;
        });
    }

    public synchronized void key(char c) {
        detector.key(c, System.nanoTime());
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        detector.deadline().ifPresent(at -> pending =
                timer.schedule(this::tick, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS));
    }

    private synchronized void tick() {
        detector.tick(System.nanoTime());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
