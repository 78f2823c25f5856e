package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk does with a failure its screens leave to it ({@link BackendCalls#report}): an
 * unreachable backend goes to the {@link KioskStatus}, which takes the kiosk out of service (the
 * out-of-service screen brings it back once the backend answers); anything else is the failure in
 * plain words with OK, and "try again" when the call is safe to repeat.
 */
public final class ReportedFailures {
    private static final Logger log = LoggerFactory.getLogger(ReportedFailures.class);

    private final KioskStatus status;
    private final Overlay overlay;

    private ReportedFailures(KioskStatus status, Overlay overlay) {
        this.status = status;
        this.overlay = overlay;
    }

    /** Deals with every failure reported to {@code calls} from now on; on the FX thread. */
    public static void follow(BackendCalls calls, KioskStatus status, Overlay overlay) {
        calls.whenReported(new ReportedFailures(status, overlay)::show);
    }

    private void show(CallFailure failure) {
        if (failure.backendUnavailable()) {
            log.warn("backend unreachable: {}", failure.cause().getMessage());
            status.backendUnreachable();
        } else if (failure.canRetry()) {
            overlay.messageWithRetry(failure.message(), failure::retry);
        } else {
            overlay.message(failure.message());
        }
    }
}
