package io.bilheteria.ui.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.catalog.SeatStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SeatMapLegendTest {
    private SeatMapView map;
    private SeatMapLegend legend;

    @Start
    void start(Stage stage) {
        map = new SeatMapView(Venues.theatre("session-1"));
        map.setLocale(Locale.forLanguageTag("pt-BR"));
        legend = new SeatMapLegend(map);
        stage.setScene(new Scene(new HBox(map, legend), 1000, 600));
        stage.sizeToScene(); // the stage outlives each test: undo any resize
        stage.show();
    }

    @Test
    void listsEachSectionWithItsPriceThenTheSeatStates(FxRobot robot) {
        assertThat(shownLabels(robot)).containsSubsequence(
                "Plateia VIP", "R$ 120,00", "Plateia", "R$ 80,00", "Balcão", "R$ 50,00",
                "Disponível", "Reservado", "Vendido", "Sua seleção", "Espaço para cadeirante");
    }

    @Test
    void aSectionWithNoSeatLeftShowsSoldOut(FxRobot robot) {
        Map<String, SeatStatus> balconySold = map.getSeatMap().seats().stream()
                .filter(seat -> seat.sectionId().equals("balcony"))
                .collect(Collectors.toMap(Seat::id, seat -> SeatStatus.SOLD));

        robot.interact(() -> map.updateStatuses(balconySold));

        assertThat(legend.getEntries()).filteredOn(SeatMapLegend.Entry::soldOut)
                .extracting(SeatMapLegend.Entry::label).containsExactly("Balcão");
        assertThat(shownLabels(robot)).containsSubsequence("Balcão", "Esgotado").doesNotContain("R$ 50,00");
        assertThat(robot.lookup(".legend-entry").<Node>queryAll())
                .filteredOn(line -> line.getPseudoClassStates().contains(PseudoClass.getPseudoClass("sold-out")))
                .hasSize(1);
    }

    @Test
    void aSectionWhoseSeatsAreNotLaidOutYetIsNotSoldOut(FxRobot robot) {
        SeatMap theatre = map.getSeatMap();
        List<Section> withBoxes = new ArrayList<>(theatre.sections());
        withBoxes.add(new Section("boxes", "Camarote", "#884422", 200_00, "BRL"));

        robot.interact(() -> map.setSeatMap(new SeatMap("session-2", withBoxes, theatre.seats())));

        assertThat(legend.getEntries()).filteredOn(SeatMapLegend.Entry::soldOut).isEmpty();
        assertThat(shownLabels(robot)).containsSubsequence("Camarote", "R$ 200,00").doesNotContain("Esgotado");
    }

    @Test
    void theAppsMoneyFormatAndTheMapsLanguageAreUsed(FxRobot robot) {
        robot.interact(() -> {
            legend.setPriceFormatter((cents, currency) -> currency + " " + cents / 100);
            map.setLocale(Locale.ENGLISH);
        });

        assertThat(shownLabels(robot)).containsSubsequence("Plateia VIP", "BRL 120", "Available", "Sold");
    }

    private List<String> shownLabels(FxRobot robot) {
        return robot.lookup(".seat-map-legend .label").queryAllAs(Label.class).stream()
                .map(label -> label.getText().replace('\u00a0', ' ')) // currency formats use a no-break space
                .toList();
    }
}
