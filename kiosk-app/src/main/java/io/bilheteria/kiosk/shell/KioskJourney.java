package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.util.Locale;

/** The customer's way through the running kiosk: the navigator swaps the screens, the overlay says why. */
public final class KioskJourney implements Journey {
    private final Navigator navigator;
    private final Overlay overlay;
    private final Sale sale;
    private final TaskExecutor tasks;
    private final KioskStatus status;
    private final Messages messages;
    /** The language each customer starts in, whatever the one before chose. */
    private final Locale firstLanguage;

    public KioskJourney(Navigator navigator, Overlay overlay, Sale sale, TaskExecutor tasks, KioskStatus status,
                        Messages messages, Locale firstLanguage) {
        this.navigator = navigator;
        this.overlay = overlay;
        this.sale = sale;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.firstLanguage = firstLanguage;
        // a customer who cannot reach the backend cannot go on either: out of service at once
        status.backendReachableProperty().addListener((obs, was, reachable) -> {
            if (!reachable) {
                navigator.go(Place.OUT_OF_SERVICE);
            }
        });
    }

    @Override
    public Place place() {
        return navigator.getPlace();
    }

    @Override
    public void go(Place next) {
        navigator.go(next);
    }

    @Override
    public void go(Place next, String message) {
        navigator.go(next);
        overlay.message(message);
    }

    @Override
    public void startOver() {
        overlay.clear();
        Place next = status.isInService() ? Place.ATTRACT : Place.OUT_OF_SERVICE;
        BackgroundTask.of(() -> {
                    sale.abandon();
                    return null;
                })
                .onSuccess(done -> navigator.go(next))
                // the backend forgets a hold that is not kept alive; the next customer need not wait for it
                .onFailure(failure -> navigator.go(next))
                .executeWith(tasks);
        messages.setLocale(firstLanguage);
    }
}
