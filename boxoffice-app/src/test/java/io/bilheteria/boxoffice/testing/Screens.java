package io.bilheteria.boxoffice.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reading the box office's screens in TestFX tests, and waiting for them. */
public final class Screens {
    private Screens() {
    }

    /** The text of the label (or button) the query finds, or "" when none is shown. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }

    /** Waits up to 15 s; on time-out says what the screen showed instead. */
    public static void waitFor(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited 15 s for " + what + "; the screen says: " + new FxRobot()
                    .lookup(node -> node instanceof Labeled).queryAllAs(Labeled.class).stream()
                    .map(Labeled::getText).filter(t -> t != null && !t.isBlank()).toList(), e);
        }
    }
}
