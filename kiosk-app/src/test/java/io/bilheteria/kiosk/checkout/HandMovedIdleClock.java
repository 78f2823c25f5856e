package io.bilheteria.kiosk.checkout;

import io.bilheteria.ui.idle.TickSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk's idle clock in the test's hands: time stands still until {@link #advance} moves it,
 * and each move ticks once on the FX thread, as the real clock would have meanwhile.
 */
final class HandMovedIdleClock implements TickSource {
    private final AtomicLong now = new AtomicLong();
    private volatile Runnable tick;

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void start(Runnable onTick) {
        tick = onTick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    /** Moves the clock; returns once the idle timer has looked at it. From the test's thread. */
    void advance(Duration by) {
        now.addAndGet(by.toNanos());
        Runnable t = tick;
        if (t != null) {
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(t));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
