package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.tasks.BackgroundTask;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * A customer who is still touching the screen is still buying: each touch while seats are
 * held asks the backend for more time (the sale sends at most one request in a while, and the
 * backend caps the total).
 */
public final class KeepHoldAlive {
    private KeepHoldAlive() {
    }

    public static void install(KioskContext ctx, Node view) {
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!ctx.holdClock().holdingProperty().get()) {
                return;
            }
            BackgroundTask.of(ctx.sale()::keepAlive)
                    .onSuccess(extended -> {
                        if (extended) {
                            ctx.holdClock().tick();
                        }
                    })
                    // not extended is not a problem to report: the countdown keeps showing the real time left
                    .onFailure(ignored -> { })
                    .executeWith(ctx.tasks());
        });
    }
}
