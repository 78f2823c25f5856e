package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.ui.GateViewModel.VerdictDisplay;
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
 * The gate at work: the verdict fills the screen, with the sessions, the counters and the
 * sync state above and the conflicts and shortcuts below. What it says is the
 * {@link GateViewModel}'s; this lays it out, plays the verdict's sound and forwards the keys:
 * scans from a scanner ({@link #scanned}); F2 changes sessions, F7 shows the conflicts, F9
 * syncs now, F10 signs out.
 */
public final class GateScreen {
    /** What the screen asks of the window around it. */
    public interface Exits {
        void changeSessions();

        void signOut();
    }

    /** A verdict stays this long, then the screen says it is ready for the next person. */
    private static final Duration VERDICT_SHOWN = Duration.seconds(5);
    private static final PseudoClass SOME_CONFLICTS = PseudoClass.getPseudoClass("some");

    private final GateViewModel model;
    private final VerdictSounds sounds;
    private final VerdictView verdict = new VerdictView();
    private final PauseTransition backToReady = new PauseTransition(VERDICT_SHOWN);
    private final BorderPane view = new BorderPane();

    public GateScreen(GateViewModel model, Messages messages, String sessionsLabel, VerdictSounds sounds,
                      Exits exits) {
        this.model = model;
        this.sounds = sounds;

        Label sessions = new Label(sessionsLabel);
        sessions.setId("gate-sessions-label");
        sessions.getStyleClass().add(Theme.SUBTITLE);
        sessions.setWrapText(true);
        Label gateName = new Label(model.gateId());
        gateName.getStyleClass().add(Theme.MUTED);
        Label counters = new Label();
        counters.setId("gate-counters");
        counters.getStyleClass().add("gate-counters");
        counters.textProperty().bind(model.countersTextProperty());
        Label sync = new Label();
        sync.setId("gate-sync");
        sync.textProperty().bind(model.syncTextProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        VBox titles = new VBox(4, sessions, gateName);
        VBox status = new VBox(4, counters, sync);
        status.setAlignment(Pos.CENTER_RIGHT);
        HBox top = new HBox(24, titles, spring, status);
        top.setPadding(new Insets(16, 24, 16, 24));
        top.getStyleClass().add("gate-top");

        verdict.setId("gate-verdict");
        verdict.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);

        Label conflicts = new Label();
        conflicts.setId("gate-conflicts");
        conflicts.getStyleClass().add("gate-conflicts");
        conflicts.textProperty().bind(model.conflictsSummaryProperty());
        model.anyConflictsProperty().addListener((obs, had, has) -> conflicts.pseudoClassStateChanged(SOME_CONFLICTS, has));
        conflicts.pseudoClassStateChanged(SOME_CONFLICTS, model.anyConflictsProperty().get());
        Label conflictsTitle = new Label();
        conflictsTitle.textProperty().bind(messages.text("gate.conflicts.title"));
        ListView<String> conflictList = new ListView<>(model.conflictLines());
        conflictList.setId("gate-conflict-list");
        conflictList.setPrefHeight(220);
        VBox conflictPanel = new VBox(8, conflictsTitle, conflictList);
        conflictPanel.setId("gate-conflict-panel");
        conflictPanel.visibleProperty().bind(model.conflictListShownProperty());
        conflictPanel.managedProperty().bind(conflictPanel.visibleProperty());
        Label keys = new Label();
        keys.textProperty().bind(messages.text("gate.keys"));
        keys.getStyleClass().add(Theme.MUTED);
        VBox bottom = new VBox(8, conflicts, conflictPanel, keys);
        bottom.setPadding(new Insets(12, 24, 16, 24));

        view.setTop(top);
        view.setCenter(verdict);
        view.setBottom(bottom);
        view.getStyleClass().add("gate-screen");
        view.setFocusTraversable(true);
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case F2 -> exits.changeSessions();
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
    public void scanned(String text) {
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

    public Node view() {
        return view;
    }

    public void focus() {
        view.requestFocus();
    }

    /** Stops the timer; the window closes the model. */
    public void leave() {
        backToReady.stop();
    }
}
