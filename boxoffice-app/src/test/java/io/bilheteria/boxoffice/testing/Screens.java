package io.bilheteria.boxoffice.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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

    /**
     * Tab pressed until the keyboard is on the node the query finds, as someone without a mouse
     * reaches it; fails when forty presses never get there.
     */
    public static void tabTo(FxRobot robot, String query) {
        Node wanted = robot.lookup(query).query();
        for (int press = 0; press < 40; press++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (focusedIn(wanted)) {
                return;
            }
            robot.push(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached " + query + "; the keyboard is on "
                + wanted.getScene().getFocusOwner());
    }

    /** The keyboard is on the node or on a part of it (a combo box's editor, a date picker's field). */
    private static boolean focusedIn(Node wanted) {
        for (Node at = wanted.getScene().getFocusOwner(); at != null; at = at.getParent()) {
            if (at == wanted) {
                return true;
            }
        }
        return false;
    }

    /**
     * A keyboard-wedge scanner: the whole code as typed keys, then Enter, into the focused
     * node as the operating system delivers them, in one go. (The test robot types too slowly
     * for a scanner, 50 ms and more between keys; and keys sent one by one from this thread
     * can arrive with a pause between them on a loaded machine, which ends a scan early. The
     * detector's timing is tested with exact clocks in the devices module.)
     */
    public static void scan(Scene scene, String code) {
        Platform.runLater(() -> {
            for (char c : (code + "\r").toCharArray()) {
                Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
