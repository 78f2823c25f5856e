package io.bilheteria.boxoffice.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The JavaFX thread for benchmarks and tours, which run outside TestFX. */
public final class Fx {
    private Fx() {
    }

    /** The headless platform and software renderer the tests use, at 1920x1080; before the platform starts. */
    public static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1080-32");
    }

    /** Runs on the FX thread and waits up to 30 s for the answer. */
    public static <T> T onFx(Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
