package io.bilheteria.kiosk.shell;

import javafx.scene.Node;

/** One full-screen step of the kiosk. Its view is built once and reused for every customer. */
public interface Screen {
    Node view();

    /** Called each time the screen comes up: load what it shows, reset what the last customer left. */
    default void shown() {
    }

    /** Called when another screen takes its place. */
    default void hidden() {
    }
}
