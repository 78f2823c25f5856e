package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk does with a failure its screens leave to it ({@link BackendCalls#report}): an
 * unreachable backend takes the kiosk out of service, since the next customer could not buy either
 * (the out-of-service screen brings it back once the backend answers); anything else is the failure
 * in plain words with OK, and "try again" when the call is safe to repeat.
 */
public final class ReportedFailures {
    private static final Logger log = LoggerFactory.getLogger(ReportedFailures.class);

    private final Navigator navigator;
    private final Overlay overlay;

    private ReportedFailures(Navigator navigator, Overlay overlay) {
        this.navigator = navigator;
        this.overlay = overlay;
    }

    /** Shows every failure reported to {@code calls} from now on; on the FX thread. */
    public static void follow(BackendCalls calls, Navigator navigator, Overlay overlay) {
        calls.whenReported(new ReportedFailures(navigator, overlay)::show);
    }

    private void show(CallFailure failure) {
        if (failure.backendUnavailable()) {
            log.warn("backend unreachable: {}", failure.cause().getMessage());
            navigator.go(Place.OUT_OF_SERVICE);
        } else if (failure.canRetry()) {
            overlay.messageWithRetry(failure.message(), failure::retry);
        } else {
            overlay.message(failure.message());
        }
    }
}
