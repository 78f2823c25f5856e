package io.bilheteria.devices.payment.sim;

import java.util.Optional;

/** Told when a card read starts or ends, so the on-screen pad can appear and go away. */
@FunctionalInterface
public interface PendingReadListener {

    /**
     * Called on the thread that changed the state (the app's, the pad's or a timer's), so a UI
     * moves to its own thread before touching controls.
     *
     * @param pending the read now waiting for a card, or empty when none is
     */
    void pendingReadChanged(Optional<PendingCardRead> pending);
}
