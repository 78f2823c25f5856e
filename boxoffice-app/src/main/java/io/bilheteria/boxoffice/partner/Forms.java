package io.bilheteria.boxoffice.partner;

import io.bilheteria.ui.theme.Theme;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The back office's building blocks: labelled form rows, buttons and tabs with ids the tests and the tour use. */
final class Forms {
    private Forms() {
    }

    /** A form of label and field rows; fields take the width left. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    static void row(GridPane grid, String label, Node field) {
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(grid.getRowCount(), name, field);
    }

    static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    static Button button(String id, String text, String style, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(style);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A tab whose header is a label with an id, so a mouse (or a test) can find it. */
    static Tab tab(String id, String text) {
        Label header = new Label(text);
        header.setId(id);
        Tab tab = new Tab();
        tab.setGraphic(header);
        return tab;
    }

    /** A list with its heading, taking the width left, beside a form column of fixed width. */
    static HBox listBesideForm(String listHeading, Region list, String formHeading, Node... form) {
        VBox formColumn = new VBox(12, heading(formHeading));
        formColumn.getChildren().addAll(form);
        formColumn.setPrefWidth(520);
        formColumn.setMinWidth(420);
        VBox listColumn = new VBox(8, heading(listHeading), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(listColumn, Priority.ALWAYS);
        HBox content = new HBox(24, listColumn, formColumn);
        content.setPadding(new Insets(16));
        return content;
    }

    /** How a choice box names its choices; it is never typed in, so nothing is read back. */
    static <T> StringConverter<T> shownAs(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Theme.SUBTITLE);
        return heading;
    }
}
