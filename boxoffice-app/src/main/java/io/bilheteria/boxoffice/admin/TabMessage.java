package io.bilheteria.boxoffice.admin;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The line under a tab's forms: what the tab's model last said, or, in plain words, why its last call failed. */
final class TabMessage {
    private final Label line = new Label();

    TabMessage(String id, ObservableStringValue said) {
        line.setId(id);
        line.setWrapText(true);
        line.getStyleClass().add("admin-message");
        line.textProperty().bind(said);
    }

    Label view() {
        return line;
    }
}
