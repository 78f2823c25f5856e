package io.bilheteria.devices.scanner;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Tells a keyboard-wedge scanner from a person typing. A scanner "types" a whole code in a
 * burst, a few milliseconds a key, usually ending with Enter or Tab; a person leaves a gap
 * far longer between keys. So a run of keys each within {@code maxKeyGap} of the one before
 * is a scan when it has at least {@code minLength} characters and ends with Enter or Tab, or
 * with a pause longer than {@code maxKeyGap} (scanners set up to send no terminator).
 * Anything else is dropped as typing.
 *
 * <p>Pure logic with no clock or thread of its own: the caller passes each key with its time
 * ({@link #key}) and, so a scan without a terminator ends, calls {@link #tick} once the
 * {@link #deadline()} has passed. A JavaFX event filter drives it from key events and a
 * timeline; {@link TimedScanDetector} drives it with a scheduler. Not thread-safe.
 */
public final class KeystrokeScanDetector {
    /** Scanners send a key every 2-20 ms; people rarely type two keys within 50 ms. */
    public static final Duration DEFAULT_MAX_KEY_GAP = Duration.ofMillis(50);
    /** Shorter than any ticket or order code, longer than a burst a person types by chance. */
    public static final int DEFAULT_MIN_LENGTH = 6;

    private final ScanListener listener;
    private final long maxKeyGapNanos;
    private final int minLength;
    private final StringBuilder run = new StringBuilder();
    private long lastKeyNanos;

    public KeystrokeScanDetector(ScanListener listener) {
        this(listener, DEFAULT_MAX_KEY_GAP, DEFAULT_MIN_LENGTH);
    }

    public KeystrokeScanDetector(ScanListener listener, Duration maxKeyGap, int minLength) {
        this.listener = Objects.requireNonNull(listener, "listener");
        if (maxKeyGap.isNegative() || maxKeyGap.isZero()) {
            throw new IllegalArgumentException("the key gap is positive");
        }
        if (minLength < 1) {
            throw new IllegalArgumentException("a scan has at least one character");
        }
        this.maxKeyGapNanos = maxKeyGap.toNanos();
        this.minLength = minLength;
    }

    /**
     * One typed character at {@code nanos} (any monotonic clock in nanoseconds, such as
     * {@link System#nanoTime()} or a JavaFX event's time). Enter ({@code \r}, {@code \n}) and
     * Tab end a run.
     */
    public void key(char c, long nanos) {
        if (!run.isEmpty() && nanos - lastKeyNanos > maxKeyGapNanos) {
            endRun();
        }
        if (c == '\r' || c == '\n' || c == '\t') {
            endRun();
            return;
        }
        if (Character.isISOControl(c)) {
            run.setLength(0); // a shortcut or Backspace: a person at the keyboard
            return;
        }
        run.append(c);
        lastKeyNanos = nanos;
    }

    /** Ends a run whose pause has lasted past the key gap; call at or after {@link #deadline()}. */
    public void tick(long nanos) {
        if (!run.isEmpty() && nanos - lastKeyNanos > maxKeyGapNanos) {
            endRun();
        }
    }

    /** When a run in progress ends if no key comes: the time to call {@link #tick}; empty when no run is open. */
    public OptionalLong deadline() {
        return run.isEmpty() ? OptionalLong.empty() : OptionalLong.of(lastKeyNanos + maxKeyGapNanos + 1);
    }

    /** Whether keys are arriving at a scanner's pace now, for an adapter that keeps them from a text field. */
    public boolean inRun() {
        return !run.isEmpty();
    }

    private void endRun() {
        String code = run.toString();
        run.setLength(0);
        if (code.length() >= minLength) {
            listener.scanned(code);
        }
    }
}
