package io.bilheteria.boxoffice.admin;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** The admin's tables show records as text columns. */
final class Tables {
    private Tables() {
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> text, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
