package io.bilheteria.boxoffice.gate.ui;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The gate's or the concession counter's verdict, filling the screen so staff read it from two
 * metres: a green or red field with one big word and the detail that matters (seat and section,
 * the product to hand over, or when and where the ticket or voucher was used). The colour comes from CSS through the pseudo-classes
 * {@code :accepted} and {@code :refused}; waiting for a scan is neither.
 */
public final class VerdictView extends Control {
    private static final PseudoClass ACCEPTED = PseudoClass.getPseudoClass("accepted");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final String STYLESHEET = Objects.requireNonNull(
            VerdictView.class.getResource("verdict-view.css"), "verdict-view.css beside VerdictView").toExternalForm();

    private final ObjectProperty<VerdictTone> tone = new SimpleObjectProperty<>(this, "tone", VerdictTone.WAITING) {
        @Override
        protected void invalidated() {
            VerdictTone value = get() == null ? VerdictTone.WAITING : get();
            pseudoClassStateChanged(ACCEPTED, value == VerdictTone.ACCEPTED);
            pseudoClassStateChanged(REFUSED, value == VerdictTone.REFUSED);
        }
    };
    private final StringProperty headline = new SimpleStringProperty(this, "headline", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    public VerdictView() {
        getStyleClass().add("verdict-view");
    }

    /** Shows one verdict at once, so the colour and the words never disagree for a frame. */
    public void show(VerdictTone newTone, String newHeadline, String newDetail, String newNote) {
        headline.set(newHeadline);
        detail.set(newDetail);
        note.set(newNote);
        tone.set(newTone);
    }

    public ObjectProperty<VerdictTone> toneProperty() {
        return tone;
    }

    public VerdictTone getTone() {
        return tone.get();
    }

    /** The one big word: ACEITO, JÁ USADO, ENTREGAR, ... */
    public StringProperty headlineProperty() {
        return headline;
    }

    /** The line under it: seat and section, or when and where the ticket was first used. */
    public StringProperty detailProperty() {
        return detail;
    }

    /** Small print: what staff should do next, the ticket id. */
    public StringProperty noteProperty() {
        return note;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new VerdictViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }
}
