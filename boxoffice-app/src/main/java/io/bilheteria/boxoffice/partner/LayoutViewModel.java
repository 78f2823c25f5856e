package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.RowLabels;
import io.bilheteria.api.partners.RowShape;
import io.bilheteria.ui.i18n.Messages;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The description a section's seats are generated from ({@link LayoutForm} shows it): rows and
 * seats per row (or each row's count), straight or curved rows around the stage, letters or
 * numbers for rows and the first row's label, aisles after some seat numbers, wheelchair places,
 * and where the section sits on the venue's map. Read into a {@link LayoutSpec}; a mistake is an
 * {@link IllegalArgumentException} naming the field.
 */
final class LayoutViewModel {
    private final Inputs inputs;
    private final Messages messages;
    private final StringProperty rows = new SimpleStringProperty(this, "rows", "");
    private final StringProperty seatsPerRow = new SimpleStringProperty(this, "seatsPerRow", "");
    private final StringProperty rowSeats = new SimpleStringProperty(this, "rowSeats", "");
    private final BooleanProperty curved = new SimpleBooleanProperty(this, "curved");
    private final StringProperty radius = new SimpleStringProperty(this, "radius", "");
    private final BooleanProperty numbered = new SimpleBooleanProperty(this, "numbered");
    private final StringProperty firstRow = new SimpleStringProperty(this, "firstRow", "");
    private final StringProperty aisles = new SimpleStringProperty(this, "aisles", "");
    private final StringProperty accessible = new SimpleStringProperty(this, "accessible", "");
    private final StringProperty originX = new SimpleStringProperty(this, "originX", "");
    private final StringProperty originY = new SimpleStringProperty(this, "originY", "");

    LayoutViewModel(Inputs inputs, Messages messages) {
        this.inputs = inputs;
        this.messages = messages;
    }

    /** What was typed, as the backend's description; each row's count wins over rows × seats when given. */
    LayoutSpec spec() {
        List<Integer> counts = inputs.numbers(rowSeats.get(), messages.get("partner.layout.rowSeats"));
        Integer rowCount = null;
        Integer perRow = null;
        if (counts.isEmpty()) {
            rowCount = inputs.count(rows.get(), messages.get("partner.layout.rows"), 1, 200);
            perRow = inputs.count(seatsPerRow.get(), messages.get("partner.layout.seatsPerRow.field"), 1, 500);
        }
        boolean isCurved = curved.get();
        RowLabels rowLabels = numbered.get() ? RowLabels.NUMBERS : RowLabels.LETTERS;
        return new LayoutSpec(rowCount, perRow, counts.isEmpty() ? null : counts, rowLabels,
                inputs.rowIndex(firstRow.get(), rowLabels, messages.get("partner.layout.firstRow")),
                isCurved ? RowShape.CURVED : RowShape.STRAIGHT,
                isCurved ? inputs.decimal(radius.get(), messages.get("partner.layout.radius")) : null,
                inputs.numbers(aisles.get(), messages.get("partner.layout.aisles")),
                inputs.seats(accessible.get(), messages.get("partner.layout.accessible")),
                inputs.decimal(originX.get(), "x"), inputs.decimal(originY.get(), "y"));
    }

    StringProperty rowsProperty() {
        return rows;
    }

    StringProperty seatsPerRowProperty() {
        return seatsPerRow;
    }

    /** Each row's count, such as "10, 12, 14"; blank for rows × seats. */
    StringProperty rowSeatsProperty() {
        return rowSeats;
    }

    /** Rows curved around the stage rather than straight; the radius counts only then. */
    BooleanProperty curvedProperty() {
        return curved;
    }

    StringProperty radiusProperty() {
        return radius;
    }

    /** Rows labelled 1, 2, 3 rather than A, B, C. */
    BooleanProperty numberedProperty() {
        return numbered;
    }

    StringProperty firstRowProperty() {
        return firstRow;
    }

    StringProperty aislesProperty() {
        return aisles;
    }

    StringProperty accessibleProperty() {
        return accessible;
    }

    StringProperty originXProperty() {
        return originX;
    }

    StringProperty originYProperty() {
        return originY;
    }
}
