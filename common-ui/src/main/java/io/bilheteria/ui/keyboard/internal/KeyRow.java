package io.bilheteria.ui.keyboard.internal;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;

/**
 * One row of keys, laid out on a grid of equal key widths shared by all rows of the keyboard, so
 * a double-width key lines up with two single keys; a shorter row is centred.
 */
final class KeyRow extends HBox {

    private final double gridUnits;

    /** @param gridUnits how many key widths the widest row of the keyboard spans */
    KeyRow(double gridUnits, List<KeyButton> keys) {
        this.gridUnits = gridUnits;
        getStyleClass().add("key-row");
        getChildren().setAll(keys);
    }

    @Override
    protected double computePrefWidth(double height) {
        double unit = 0;
        for (Node node : getManagedChildren()) {
            KeyButton key = (KeyButton) node;
            unit = Math.max(unit, (key.prefWidth(-1) - (key.weight() - 1) * getSpacing()) / key.weight());
        }
        return snappedLeftInset() + snappedRightInset() + gridUnits * unit + (gridUnits - 1) * getSpacing();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double gap = getSpacing();
        double unit = (width - (gridUnits - 1) * gap) / gridUnits;
        double rowUnits = getManagedChildren().stream().mapToDouble(node -> ((KeyButton) node).weight()).sum();
        double x = left + (width - (rowUnits * unit + (rowUnits - 1) * gap)) / 2;
        for (Node node : getManagedChildren()) {
            KeyButton key = (KeyButton) node;
            double keyWidth = key.weight() * unit + (key.weight() - 1) * gap;
            double start = snapPositionX(x);
            key.resizeRelocate(start, top, snapPositionX(x + keyWidth) - start, height);
            x += keyWidth + gap;
        }
    }
}
