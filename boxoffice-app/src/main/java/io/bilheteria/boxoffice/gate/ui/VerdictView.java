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
 * The gate's verdict, filling the screen so staff read it from two metres: a green or red
 * field with one big word and the detail that matters (seat and section, or when and at
 * which gate the ticket was used). The colour comes from CSS through the pseudo-classes
 * {@code :accepted} and {@code :refused}; waiting for a scan is neither.
 */
public final class VerdictView extends Control {
    /** The colour family of a verdict. */
    public enum Tone {
        WAITING, ACCEPTED, REFUSED
    }

    private static final PseudoClass ACCEPTED = PseudoClass.getPseudoClass("accepted");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final String STYLESHEET = Objects.requireNonNull(
            VerdictView.class.getResource("verdict-view.css"), "verdict-view.css beside VerdictView").toExternalForm();

    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone", Tone.WAITING) {
        @Override
        protected void invalidated() {
            Tone value = get() == null ? Tone.WAITING : get();
            pseudoClassStateChanged(ACCEPTED, value == Tone.ACCEPTED);
            pseudoClassStateChanged(REFUSED, value == Tone.REFUSED);
        }
    };
    private final StringProperty headline = new SimpleStringProperty(this, "headline", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    public VerdictView() {
        getStyleClass().add("verdict-view");
    }

    /** Shows one verdict at once, so the colour and the words never disagree for a frame. */
    public void show(Tone newTone, String newHeadline, String newDetail, String newNote) {
        headline.set(newHeadline);
        detail.set(newDetail);
        note.set(newNote);
        tone.set(newTone);
    }

    public ObjectProperty<Tone> toneProperty() {
        return tone;
    }

    public Tone getTone() {
        return tone.get();
    }

    /** The one big word: ACEITO, JÁ USADO, ... */
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
