package io.bilheteria.ui.idle;

import java.time.Duration;

/** A clock the test moves by hand; each move ticks once, as the real clock would have. */
final class ManualTickSource implements TickSource {

    private long now;
    private Runnable tick;

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void start(Runnable tick) {
        this.tick = tick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    void advance(Duration duration) {
        now += duration.toNanos();
        if (tick != null) {
            tick.run();
        }
    }
}
