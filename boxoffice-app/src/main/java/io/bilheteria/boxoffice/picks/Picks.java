package io.bilheteria.boxoffice.picks;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SelectionModel;

/** A list's or table's selection kept one with what its screen's model has picked. */
public final class Picks {
    private Picks() {
    }

    /**
     * Picking a row tells the model; the model's pick (after a reload or a change) is selected and
     * revealed, or nothing is selected when it has none. Reference comparison, since a list read
     * again holds equal records that are other objects.
     */
    public static <T> void follow(SelectionModel<T> selection, ObservableValue<T> picked, Consumer<T> pick,
                                  Consumer<T> reveal) {
        selection.selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != picked.getValue()) {
                pick.accept(chosen);
            }
        });
        picked.addListener((obs, old, now) -> {
            if (now == null) {
                selection.clearSelection();
            } else if (selection.getSelectedItem() != now) {
                selection.select(now);
                reveal.accept(now);
            }
        });
    }
}
