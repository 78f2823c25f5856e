package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.GateCounters;
import io.bilheteria.boxoffice.gate.SyncState;
import io.bilheteria.boxoffice.gate.Verdict;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.time.ZoneId;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * sync state above and the conflicts and shortcuts below. Scans arrive from a scanner
 * ({@link #scanned}); F2 changes sessions, F7 shows the conflicts, F9 syncs now, F10 signs out.
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

    private final Messages messages;
    private final GateScreenModel model;
    private final VerdictTexts texts;
    private final VerdictSounds sounds;
    private final VerdictView verdict = new VerdictView();
    private final ListView<Conflict> conflictList = new ListView<>();
    private final PauseTransition backToReady = new PauseTransition(VERDICT_SHOWN);
    private final BorderPane view = new BorderPane();

    public GateScreen(Messages messages, GateScreenModel model, String sessionsLabel, ZoneId zone,
                      VerdictSounds sounds, Exits exits) {
        this.messages = messages;
        this.model = model;
        this.texts = new VerdictTexts(messages, zone);
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
        counters.textProperty().bind(Bindings.createStringBinding(() -> {
            GateCounters c = model.countersProperty().get();
            return messages.get("gate.counters", c.admitted(), c.refused(), c.remaining());
        }, model.countersProperty(), messages.localeProperty()));
        Label sync = new Label();
        sync.setId("gate-sync");
        sync.textProperty().bind(Bindings.createStringBinding(() -> syncText(model.syncStateProperty().get(), zone),
                model.syncStateProperty(), messages.localeProperty()));
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
        conflicts.textProperty().bind(Bindings.createStringBinding(() -> model.conflicts().isEmpty()
                ? messages.get("gate.conflicts.none")
                : messages.get("gate.conflicts.some", model.conflicts().size()),
                model.conflicts(), messages.localeProperty()));
        conflicts.getStyleClass().add("gate-conflicts");
        conflicts.textProperty().addListener((obs, old, text) ->
                conflicts.pseudoClassStateChanged(SOME_CONFLICTS, !model.conflicts().isEmpty()));
        conflicts.pseudoClassStateChanged(SOME_CONFLICTS, !model.conflicts().isEmpty());
        Label conflictsTitle = new Label();
        conflictsTitle.textProperty().bind(messages.text("gate.conflicts.title"));
        conflictList.setId("gate-conflict-list");
        conflictList.setItems(model.conflicts());
        conflictList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Conflict item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.conflict(item));
            }
        });
        conflictList.setPrefHeight(220);
        VBox conflictPanel = new VBox(8, conflictsTitle, conflictList);
        conflictPanel.setId("gate-conflict-panel");
        conflictPanel.setVisible(false);
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
                case F7 -> conflictPanel.setVisible(!conflictPanel.isVisible());
                case F9 -> model.syncNow();
                case F10 -> exits.signOut();
                default -> {
                    return;
                }
            }
            event.consume();
        });
        backToReady.setOnFinished(event -> showReady());
        showReady();
    }

    /** A scanner read this text: decide it and show the verdict with its sound. */
    public void scanned(String text) {
        model.scan(text, this::show, failure -> {
            backToReady.stop();
            verdict.show(VerdictView.Tone.REFUSED, messages.get("gate.result.INVALID"),
                    messages.get("gate.failure", failure.message()), messages.get("gate.note.refuse"));
            sounds.play(VerdictView.Tone.REFUSED);
        });
    }

    private void show(Verdict result) {
        VerdictView.Tone tone = texts.tone(result);
        verdict.show(tone, texts.headline(result), texts.detail(result), texts.note(result));
        sounds.play(tone);
        backToReady.playFromStart();
    }

    private void showReady() {
        verdict.show(VerdictView.Tone.WAITING, messages.get("gate.ready"), messages.get("gate.ready.detail"), "");
    }

    private String syncText(SyncState state, ZoneId zone) {
        if (state == null || (state.lastSyncAt() == null && state.online())) {
            return messages.get("gate.sync.never");
        }
        if (!state.online()) {
            return messages.get("gate.sync.offline", state.pendingScans());
        }
        if (state.pendingScans() > 0) {
            return messages.get("gate.sync.online.pending", state.pendingScans());
        }
        return messages.get("gate.sync.online", Formats.time(state.lastSyncAt(), zone, messages.getLocale()));
    }

    public Node view() {
        return view;
    }

    public void focus() {
        view.requestFocus();
    }

    /** Stops the timers; the window closes the model. */
    public void leave() {
        backToReady.stop();
    }
}
