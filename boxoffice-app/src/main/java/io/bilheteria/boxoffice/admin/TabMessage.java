package io.bilheteria.boxoffice.admin;

import io.bilheteria.ui.calls.BackendCalls;
import javafx.scene.control.Label;

/** The line under a tab's forms: what the tab last said, or, in plain words, why its last call failed. */
final class TabMessage {
    private final Label line = new Label();

    TabMessage(String id, BackendCalls calls) {
        line.setId(id);
        line.setWrapText(true);
        line.getStyleClass().add("admin-message");
        calls.whenReported(failure -> line.setText(failure.message()));
    }

    void say(String text) {
        line.setText(text);
    }

    Label view() {
        return line;
    }
}
