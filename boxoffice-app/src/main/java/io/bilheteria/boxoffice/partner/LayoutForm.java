package io.bilheteria.boxoffice.partner;

import io.bilheteria.ui.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The fields a section's seats are described in, bound to a {@link LayoutViewModel}. */
final class LayoutForm {
    private final Messages messages;
    private final GridPane grid = Forms.grid();

    LayoutForm(LayoutViewModel model, Messages messages) {
        this.messages = messages;
        TextField rows = field("partner-layout-rows", "10", model.rowsProperty());
        TextField seatsPerRow = field("partner-layout-seats", "20", model.seatsPerRowProperty());
        rows.setPrefColumnCount(4);
        seatsPerRow.setPrefColumnCount(4);
        TextField rowSeats = field("partner-layout-row-seats", messages.get("partner.layout.rowSeats.prompt"),
                model.rowSeatsProperty());
        ToggleGroup shape = new ToggleGroup();
        RadioButton straight = radio("partner-layout-straight", "partner.layout.straight", shape);
        RadioButton curved = radio("partner-layout-curved", "partner.layout.curved", shape);
        either(straight, curved, model.curvedProperty());
        TextField radius = field("partner-layout-radius", "20", model.radiusProperty());
        radius.setPrefColumnCount(4);
        radius.disableProperty().bind(model.curvedProperty().not());
        ToggleGroup labels = new ToggleGroup();
        RadioButton letters = radio("partner-layout-letters", "partner.layout.letters", labels);
        RadioButton numbers = radio("partner-layout-numbers", "partner.layout.numbers", labels);
        either(letters, numbers, model.numberedProperty());
        TextField firstRow = field("partner-layout-first-row", "A", model.firstRowProperty());
        firstRow.setPrefColumnCount(3);
        TextField aisles = field("partner-layout-aisles", messages.get("partner.layout.aisles.prompt"),
                model.aislesProperty());
        TextField accessible = field("partner-layout-accessible", messages.get("partner.layout.accessible.prompt"),
                model.accessibleProperty());
        TextField originX = field("partner-layout-origin-x", "0", model.originXProperty());
        TextField originY = field("partner-layout-origin-y", "0", model.originYProperty());
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

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField field = Forms.field(id, prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** Two radio buttons of one group for a yes/no of the model: the second stands for yes. */
    private static void either(RadioButton no, RadioButton yes, BooleanProperty choice) {
        yes.setSelected(choice.get());
        no.setSelected(!choice.get());
        yes.selectedProperty().bindBidirectional(choice);
    }

    private RadioButton radio(String id, String key, ToggleGroup group) {
        RadioButton radio = new RadioButton(messages.get(key));
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setMinWidth(Region.USE_PREF_SIZE);
        return radio;
    }
}
