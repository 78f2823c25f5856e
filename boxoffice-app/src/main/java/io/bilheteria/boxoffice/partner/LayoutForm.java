package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.RowLabels;
import io.bilheteria.api.partners.RowShape;
import io.bilheteria.ui.i18n.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The description a section's seats are generated from: rows and seats per row (or each row's
 * count), straight or curved rows around the stage, letters or numbers for rows and the first
 * row's label, aisles after some seat numbers, wheelchair places, and where the section sits on
 * the venue's map. Reads into a {@link LayoutSpec}; a mistake is an {@link IllegalArgumentException}
 * naming the field.
 */
final class LayoutForm {
    private final Inputs inputs;
    private final Messages messages;
    private final GridPane grid = Forms.grid();
    private final TextField rows;
    private final TextField seatsPerRow;
    private final TextField rowSeats;
    private final RadioButton straight;
    private final RadioButton curved;
    private final TextField radius;
    private final RadioButton letters;
    private final RadioButton numbers;
    private final TextField firstRow;
    private final TextField aisles;
    private final TextField accessible;
    private final TextField originX;
    private final TextField originY;

    LayoutForm(Inputs inputs, Messages messages) {
        this.inputs = inputs;
        this.messages = messages;
        rows = Forms.field("partner-layout-rows", "10");
        seatsPerRow = Forms.field("partner-layout-seats", "20");
        rows.setPrefColumnCount(4);
        seatsPerRow.setPrefColumnCount(4);
        rowSeats = Forms.field("partner-layout-row-seats", messages.get("partner.layout.rowSeats.prompt"));
        ToggleGroup shape = new ToggleGroup();
        straight = radio("partner-layout-straight", "partner.layout.straight", shape);
        curved = radio("partner-layout-curved", "partner.layout.curved", shape);
        straight.setSelected(true);
        radius = Forms.field("partner-layout-radius", "20");
        radius.setPrefColumnCount(4);
        radius.disableProperty().bind(curved.selectedProperty().not());
        ToggleGroup labels = new ToggleGroup();
        letters = radio("partner-layout-letters", "partner.layout.letters", labels);
        numbers = radio("partner-layout-numbers", "partner.layout.numbers", labels);
        letters.setSelected(true);
        firstRow = Forms.field("partner-layout-first-row", "A");
        firstRow.setPrefColumnCount(3);
        aisles = Forms.field("partner-layout-aisles", messages.get("partner.layout.aisles.prompt"));
        accessible = Forms.field("partner-layout-accessible", messages.get("partner.layout.accessible.prompt"));
        originX = Forms.field("partner-layout-origin-x", "0");
        originY = Forms.field("partner-layout-origin-y", "0");
        originX.setPrefColumnCount(4);
        originY.setPrefColumnCount(4);

        Forms.row(grid, messages.get("partner.layout.rows"), new HBox(8, rows, new Label("×"), seatsPerRow,
                new Label(messages.get("partner.layout.seatsPerRow"))));
        Forms.row(grid, messages.get("partner.layout.rowSeats"), rowSeats);
        Forms.row(grid, messages.get("partner.layout.shape"), new HBox(12, straight, curved,
                new Label(messages.get("partner.layout.radius")), radius));
        Forms.row(grid, messages.get("partner.layout.labels"), new HBox(12, letters, numbers,
                new Label(messages.get("partner.layout.firstRow")), firstRow));
        Forms.row(grid, messages.get("partner.layout.aisles"), aisles);
        Forms.row(grid, messages.get("partner.layout.accessible"), accessible);
        Forms.row(grid, messages.get("partner.layout.origin"), new HBox(8, new Label("x"), originX, new Label("y"),
                originY));
        grid.getChildren().stream().filter(HBox.class::isInstance).map(HBox.class::cast).forEach(box -> {
            box.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().stream().filter(Label.class::isInstance)
                    .forEach(label -> ((Label) label).setMinWidth(Region.USE_PREF_SIZE));
        });
    }

    GridPane view() {
        return grid;
    }

    /** What was typed, as the backend's description; each row's count wins over rows × seats when given. */
    LayoutSpec spec() {
        List<Integer> counts = inputs.numbers(rowSeats.getText(), messages.get("partner.layout.rowSeats"));
        Integer rowCount = null;
        Integer perRow = null;
        if (counts.isEmpty()) {
            rowCount = inputs.count(rows.getText(), messages.get("partner.layout.rows"), 1, 200);
            perRow = inputs.count(seatsPerRow.getText(), messages.get("partner.layout.seatsPerRow.field"), 1, 500);
        }
        boolean isCurved = curved.isSelected();
        RowLabels rowLabels = numbers.isSelected() ? RowLabels.NUMBERS : RowLabels.LETTERS;
        return new LayoutSpec(rowCount, perRow, counts.isEmpty() ? null : counts, rowLabels,
                inputs.rowIndex(firstRow.getText(), rowLabels, messages.get("partner.layout.firstRow")),
                isCurved ? RowShape.CURVED : RowShape.STRAIGHT,
                isCurved ? inputs.decimal(radius.getText(), messages.get("partner.layout.radius")) : null,
                inputs.numbers(aisles.getText(), messages.get("partner.layout.aisles")),
                inputs.seats(accessible.getText(), messages.get("partner.layout.accessible")),
                inputs.decimal(originX.getText(), "x"), inputs.decimal(originY.getText(), "y"));
    }

    private RadioButton radio(String id, String key, ToggleGroup group) {
        RadioButton radio = new RadioButton(messages.get(key));
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setMinWidth(Region.USE_PREF_SIZE);
        return radio;
    }
}
