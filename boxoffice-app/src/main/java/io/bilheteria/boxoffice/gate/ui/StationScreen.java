package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A scanning station at work, as the gate and the concession counter share it: the verdict
 * fills the screen, with what the station serves, its counts and the sync state above, and the
 * conflicts and shortcuts below. What it says is the {@link StationViewModel}'s; this lays it
 * out, plays the verdict's sound and forwards the keys: scans from a scanner ({@link #scanned});
 * F2 leaves for the station's choice (the gate's sessions, or gate or counter), F7 shows the
 * conflicts, F9 syncs now, F10 signs out. Node ids and texts are under the station's
 * {@code prefix} ({@code #gate-sync}, {@code counter.keys}).
 */
public class StationScreen {
    /** What the screen asks of the window around it. */
    public interface Exits {
        /** F2: back to the choice of the gate's sessions or the concession counter. */
        void chooseAgain();

        /** F10. */
        void signOut();
    }

    /** A verdict stays this long, then the screen says it is ready for the next scan. */
    private static final Duration VERDICT_SHOWN = Duration.seconds(5);
    private static final PseudoClass SOME_CONFLICTS = PseudoClass.getPseudoClass("some");

    private final StationViewModel<?, ?, ?> model;
    private final VerdictSounds sounds;
    private final VerdictView verdict = new VerdictView();
    private final PauseTransition backToReady = new PauseTransition(VERDICT_SHOWN);
    private final BorderPane view = new BorderPane();

    /**
     * @param title       what the station serves, top left (the gate's sessions, "Balcão de produtos")
     * @param stationName the gate's or counter's name, under the title
     * @param counts      the station's counts, top right
     */
    protected StationScreen(StationViewModel<?, ?, ?> model, Messages messages, String prefix, Label title,
                            String stationName, Label counts, VerdictSounds sounds, Exits exits) {
        this.model = model;
        this.sounds = sounds;

        title.getStyleClass().add(Theme.SUBTITLE);
        Label name = new Label(stationName);
        name.getStyleClass().add(Theme.MUTED);
        VBox titles = new VBox(4, title, name);
        counts.getStyleClass().add("station-counts");
        Label sync = new Label();
        sync.setId(prefix + "-sync");
        sync.textProperty().bind(model.syncTextProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        VBox status = new VBox(4, counts, sync);
        status.setAlignment(Pos.CENTER_RIGHT);
        HBox top = new HBox(24, titles, spring, status);
        top.setPadding(new Insets(16, 24, 16, 24));
        top.getStyleClass().add("station-top");

        verdict.setId(prefix + "-verdict");
        verdict.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);

        Label conflicts = new Label();
        conflicts.setId(prefix + "-conflicts");
        conflicts.getStyleClass().add("station-conflicts");
        conflicts.textProperty().bind(model.conflictsSummaryProperty());
        model.anyConflictsProperty().addListener((obs, had, has) -> conflicts.pseudoClassStateChanged(SOME_CONFLICTS, has));
        conflicts.pseudoClassStateChanged(SOME_CONFLICTS, model.anyConflictsProperty().get());
        Label conflictsTitle = new Label();
        conflictsTitle.textProperty().bind(messages.text(prefix + ".conflicts.title"));
        ListView<String> conflictList = new ListView<>(model.conflictLines());
        conflictList.setId(prefix + "-conflict-list");
        conflictList.setPrefHeight(220);
        VBox conflictPanel = new VBox(8, conflictsTitle, conflictList);
        conflictPanel.setId(prefix + "-conflict-panel");
        conflictPanel.visibleProperty().bind(model.conflictListShownProperty());
        conflictPanel.managedProperty().bind(conflictPanel.visibleProperty());
        Label keys = new Label();
        keys.textProperty().bind(messages.text(prefix + ".keys"));
        keys.getStyleClass().add(Theme.MUTED);
        VBox bottom = new VBox(8, conflicts, conflictPanel, keys);
        bottom.setPadding(new Insets(12, 24, 16, 24));

        view.setTop(top);
        view.setCenter(verdict);
        view.setBottom(bottom);
        view.getStyleClass().add("station-screen");
        view.setFocusTraversable(true);
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case F2 -> exits.chooseAgain();
                case F7 -> model.toggleConflictList();
                case F9 -> model.syncNow();
                case F10 -> exits.signOut();
                default -> {
                    return;
                }
            }
            event.consume();
        });
        backToReady.setOnFinished(event -> model.readyForNext());
        model.verdictProperty().addListener((obs, old, shown) -> show(shown));
        show(model.getVerdict());
    }

    /** A scanner read this text. */
    public final void scanned(String text) {
        model.scan(text);
    }

    private void show(VerdictDisplay shown) {
        verdict.show(shown.tone(), shown.headline(), shown.detail(), shown.note());
        sounds.play(shown.tone());
        if (shown.clearsItself()) {
            backToReady.playFromStart();
        } else {
            backToReady.stop();
        }
    }

    public final Node view() {
        return view;
    }

    public final void focus() {
        view.requestFocus();
    }

    /** Stops the timer; the window closes the model. */
    public final void leave() {
        backToReady.stop();
    }
}
