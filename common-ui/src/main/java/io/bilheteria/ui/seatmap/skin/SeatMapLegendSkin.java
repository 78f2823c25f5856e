package io.bilheteria.ui.seatmap.skin;

import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.ui.seatmap.SeatMapLegend;
import io.bilheteria.ui.seatmap.SeatMapLegend.Entry;
import io.bilheteria.ui.seatmap.SeatMapView;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;

/**
 * Lays the legend out as two lists (sections, then seat states), each line a swatch drawn by the map's own
 * {@link SeatPainter}, a label and, for sections, the price or "sold out" (pseudo-class {@code :sold-out}).
 */
public class SeatMapLegendSkin extends SkinBase<SeatMapLegend> {
    private static final PseudoClass SOLD_OUT = PseudoClass.getPseudoClass("sold-out");
    private static final double SWATCH = 20;
    private static final double SWATCH_SEAT = 16;

    private final VBox sections = new VBox();
    private final VBox states = new VBox();
    private final List<Swatch> swatches = new ArrayList<>();
    private final SeatPainter painter = new SeatPainter();
    private final ListChangeListener<Entry> entriesListener = change -> rebuild();

    public SeatMapLegendSkin(SeatMapLegend legend) {
        super(legend);
        sections.getStyleClass().add("legend-sections");
        states.getStyleClass().add("legend-states");
        VBox lists = new VBox(sections, states);
        lists.getStyleClass().add("legend-lists");
        getChildren().add(lists);
        legend.getEntries().addListener(entriesListener);
        SeatMapView map = legend.getSeatMapView();
        SeatPainter.colourProperties(map).forEach(colour -> registerChangeListener(colour, obs -> repaintSwatches()));
        rebuild();
    }

    @Override
    public void dispose() {
        if (getSkinnable() != null) {
            getSkinnable().getEntries().removeListener(entriesListener);
        }
        super.dispose();
    }

    private void rebuild() {
        sections.getChildren().clear();
        states.getChildren().clear();
        swatches.clear();
        for (Entry entry : getSkinnable().getEntries()) {
            Swatch swatch = new Swatch(entry);
            swatches.add(swatch);
            Label label = new Label(entry.label());
            label.getStyleClass().add("legend-label");
            HBox line = new HBox(swatch.canvas, label);
            line.getStyleClass().add("legend-entry");
            if (entry.kind() == SeatMapLegend.Kind.SECTION) {
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label detail = new Label(entry.detail());
                detail.getStyleClass().add("legend-detail");
                line.getChildren().addAll(gap, detail);
                line.pseudoClassStateChanged(SOLD_OUT, entry.soldOut());
                sections.getChildren().add(line);
            } else {
                states.getChildren().add(line);
            }
        }
        repaintSwatches();
    }

    private void repaintSwatches() {
        swatches.forEach(Swatch::paint);
    }

    /** A seat drawn as the map draws it in the state (or section) an entry stands for. */
    private final class Swatch {
        final Canvas canvas = new Canvas(SWATCH, SWATCH);
        final Entry entry;

        Swatch(Entry entry) {
            this.entry = entry;
            canvas.getStyleClass().add("legend-swatch");
        }

        void paint() {
            SeatMapView map = getSkinnable().getSeatMapView();
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.clearRect(0, 0, SWATCH, SWATCH);
            painter.begin(SWATCH_SEAT);
            double c = SWATCH / 2;
            switch (entry.kind()) {
                case SECTION -> painter.add(c, c, SeatMapViewSkin.sectionColour(entry.section())
                        .orElse(map.getAvailableColor()), SeatPainter.Mark.NONE, false);
                case AVAILABLE -> painter.add(c, c, sectionStripes(map), SeatPainter.Mark.NONE, false);
                case HELD -> painter.add(c, c, map.getHeldColor(), SeatPainter.Mark.HELD, false);
                case SOLD -> painter.add(c, c, map.getSoldColor(), SeatPainter.Mark.SOLD, false);
                case SELECTED -> painter.add(c, c, map.getSelectedColor(), SeatPainter.Mark.SELECTED, false);
                case ACCESSIBLE -> painter.add(c, c, map.getAvailableColor(), SeatPainter.Mark.NONE, true);
            }
            painter.paint(gc, map);
        }

        /** An available seat takes its section's colour: the key shows a seat striped in all of them. */
        private Paint sectionStripes(SeatMapView map) {
            SeatMap seatMap = map.getSeatMap();
            List<Color> colours = seatMap == null ? List.of() : seatMap.sections().stream()
                    .map(section -> SeatMapViewSkin.sectionColour(section).orElse(map.getAvailableColor()))
                    .toList();
            if (colours.isEmpty()) {
                return map.getAvailableColor();
            }
            List<Stop> stops = new ArrayList<>();
            for (int i = 0; i < colours.size(); i++) {
                stops.add(new Stop((double) i / colours.size(), colours.get(i)));
                stops.add(new Stop((double) (i + 1) / colours.size(), colours.get(i)));
            }
            return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops);
        }
    }
}
