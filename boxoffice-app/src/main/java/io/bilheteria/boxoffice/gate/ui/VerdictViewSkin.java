package io.bilheteria.boxoffice.gate.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.VBox;

/** Three centred labels on the control's coloured background; sizes and colours are in CSS. */
final class VerdictViewSkin extends SkinBase<VerdictView> {

    VerdictViewSkin(VerdictView control) {
        super(control);
        Label headline = label("verdict-headline", control);
        headline.textProperty().bind(control.headlineProperty());
        Label detail = label("verdict-detail", control);
        detail.textProperty().bind(control.detailProperty());
        Label note = label("verdict-note", control);
        note.textProperty().bind(control.noteProperty());
        VBox lines = new VBox(headline, detail, note);
        lines.getStyleClass().add("verdict-lines");
        lines.setAlignment(Pos.CENTER);
        lines.setFillWidth(true);
        getChildren().add(lines);
    }

    private static Label label(String styleClass, VerdictView control) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
