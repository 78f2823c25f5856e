package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.ui.i18n.Messages;
import javafx.scene.control.Label;

/**
 * The gate at work (see {@link StationScreen}): the sessions it admits and the gate's name top
 * left, its counters top right. F2 changes sessions.
 */
public final class GateScreen extends StationScreen {

    public GateScreen(GateViewModel model, Messages messages, String sessionsLabel, VerdictSounds sounds,
                      Exits exits) {
        super(model, messages, "gate", sessions(sessionsLabel), model.gateId(), counters(model), sounds, exits);
    }

    private static Label sessions(String sessionsLabel) {
        Label sessions = new Label(sessionsLabel);
        sessions.setId("gate-sessions-label");
        sessions.setWrapText(true);
        return sessions;
    }

    private static Label counters(GateViewModel model) {
        Label counters = new Label();
        counters.setId("gate-counters");
        counters.textProperty().bind(model.countersTextProperty());
        return counters;
    }
}
