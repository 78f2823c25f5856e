package io.bilheteria.boxoffice.counter.ui;

import io.bilheteria.boxoffice.gate.ui.StationScreen;
import io.bilheteria.boxoffice.gate.ui.VerdictSounds;
import io.bilheteria.ui.i18n.Messages;
import javafx.scene.control.Label;

/**
 * The concession counter at work (see {@link StationScreen}): "Balcão de produtos" and the
 * counter's name top left, the day's hand-overs and refusals top right; each voucher scanned
 * fills the screen green with the product to hand over, or red with why not. F2 goes back to the
 * choice of the gate's sessions or the counter.
 */
public final class CounterScreen extends StationScreen {
    /** Texts of the counter screen, looked up before the box office's own. */
    public static final String BUNDLE = "io.bilheteria.boxoffice.counter.ui.counter";

    /** @param messages with {@link #BUNDLE} */
    public CounterScreen(CounterViewModel model, Messages messages, VerdictSounds sounds, Exits exits) {
        super(model, messages, "counter", title(messages), model.counterId(), counts(model), sounds, exits);
    }

    private static Label title(Messages messages) {
        Label title = new Label();
        title.setId("counter-title");
        title.textProperty().bind(messages.text("counter.title"));
        return title;
    }

    private static Label counts(CounterViewModel model) {
        Label counts = new Label();
        counts.setId("counter-counts");
        counts.textProperty().bind(model.countsTextProperty());
        return counts;
    }
}
