package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.ui.format.Money;
import io.bilheteria.boxoffice.picks.Picks;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.seatmap.SeatMapLegend;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.theme.Theme;
import java.util.List;
import java.util.Locale;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The sections tab laid out, as {@link SectionsViewModel} holds it: the sections and the form of the
 * one picked, the layout's description, and the seat map with the session whose sales colour it and
 * the buttons for the seats picked on it.
 */
final class SectionsTab {
    private final Tab tab;

    SectionsTab(SectionsViewModel model, Messages messages) {
        tab = Forms.tab("partner-tab-sections", messages.get("partner.tab.sections"));
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.tabShown();
            }
        });
        ListView<ManagedSection> sections = new ListView<>(model.sections());
        sections.setId("partner-sections");
        sections.setPlaceholder(new Label(messages.get("partner.sections.none")));
        sections.setCellFactory(list -> new SectionCell(model));
        sections.setPrefHeight(170);
        Picks.follow(sections.getSelectionModel(), model.pickedProperty(), model::pick, sections::scrollTo);
        TextField name = Forms.field("partner-section-name", messages.get("partner.section.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        ColorPicker color = new ColorPicker(Color.web(model.colorProperty().get()));
        color.setId("partner-section-color");
        color.valueProperty().addListener((obs, was, now) -> model.colorProperty().set(hex(now)));
        model.colorProperty().addListener((obs, was, now) -> color.setValue(Color.web(now)));
        TextField price = Forms.field("partner-section-price", "90,00");
        price.textProperty().bindBidirectional(model.priceProperty());
        GridPane sectionForm = Forms.grid();
        Forms.row(sectionForm, messages.get("partner.section.name"), name);
        Forms.row(sectionForm, messages.get("partner.section.color"), color);
        Forms.row(sectionForm, messages.get("partner.section.price"), price);
        Button saveSection = Forms.button("partner-section-save", messages.get("partner.section.save"),
                Theme.SECONDARY, model::saveSection);
        saveSection.disableProperty().bind(model.sectionPickedProperty().not());
        sectionForm.add(new HBox(8,
                Forms.button("partner-section-add", messages.get("partner.section.add"), Theme.SECONDARY,
                        model::addSection),
                saveSection), 0, sectionForm.getRowCount(), 2, 1);

        LayoutForm layout = new LayoutForm(model.layout(), messages);
        HBox layoutButtons = new HBox(8,
                Forms.button("partner-layout-preview", messages.get("partner.layout.preview"), Theme.SECONDARY,
                        model::preview),
                Forms.button("partner-layout-apply", messages.get("partner.layout.apply"), Theme.PRIMARY,
                        model::apply));
        Label layoutHint = new Label(messages.get("partner.layout.hint"));
        layoutHint.setWrapText(true);
        layoutHint.getStyleClass().add(Theme.MUTED);
        VBox.setVgrow(sections, Priority.ALWAYS);
        VBox sectionColumn = new VBox(10, Forms.heading(messages.get("partner.tab.sections")), sections, sectionForm);
        sectionColumn.setPrefWidth(320);
        sectionColumn.setMinWidth(300);
        VBox layoutColumn = new VBox(10, Forms.heading(messages.get("partner.layout.title")), layout.view(),
                layoutButtons, layoutHint);
        layoutColumn.setPrefWidth(480);
        layoutColumn.setMinWidth(460);

        ComboBox<SessionSummary> occupancy = new ComboBox<>(model.sessions());
        occupancy.setId("partner-layout-session");
        occupancy.setConverter(Forms.shownAs(model::sessionName));
        occupancy.setPromptText(messages.get("partner.layout.session.none"));
        occupancy.valueProperty().bindBidirectional(model.occupancyProperty());
        Label caption = new Label();
        caption.setId("partner-layout-caption");
        caption.getStyleClass().add("partner-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(model.captionProperty());
        SeatMapView map = new SeatMapView();
        map.setId("partner-layout-map");
        map.setMinSize(300, 300);
        model.mapProperty().addListener((obs, was, now) -> map.setSeatMap(now));
        map.getSelectedSeatIds().addListener((SetChangeListener<String>) change ->
                model.seatsPicked(map.getSelectedSeats()));
        VBox.setVgrow(map, Priority.ALWAYS);
        SeatMapLegend legend = new SeatMapLegend(map);
        legend.setPriceFormatter((cents, currency) -> Money.format(cents, currency, messages.getLocale()));
        map.setLocale(messages.getLocale());
        Label picked = new Label();
        picked.setId("partner-seat-picked");
        picked.textProperty().bind(model.seatsPickedTextProperty());
        Button remove = Forms.button("partner-seat-remove", messages.get("partner.seat.remove"), Theme.DANGER,
                model::removeSeats);
        Button markAccessible = Forms.button("partner-seat-accessible", messages.get("partner.seat.accessible"),
                Theme.SECONDARY, () -> model.markAccessible(true));
        Button unmarkAccessible = Forms.button("partner-seat-not-accessible", messages.get("partner.seat.notAccessible"),
                Theme.SECONDARY, () -> model.markAccessible(false));
        // in the 1600-wide window this column is the narrowest: its sentences wrap, its buttons keep their words
        caption.setMinHeight(Region.USE_PREF_SIZE);
        picked.setWrapText(true);
        picked.setMinHeight(Region.USE_PREF_SIZE);
        List.of(remove, markAccessible, unmarkAccessible).forEach(button -> {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.disableProperty().bind(model.seatsEditableProperty().not());
        });
        VBox seatBar = new VBox(6, picked, new HBox(8, remove, markAccessible, unmarkAccessible));
        Label occupancyLabel = new Label(messages.get("partner.layout.session"));
        occupancyLabel.setMinWidth(Region.USE_PREF_SIZE);
        occupancy.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(occupancy, Priority.ALWAYS);
        HBox occupancyBar = new HBox(8, occupancyLabel, occupancy);
        occupancyBar.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(8, caption, occupancyBar, map, legend, seatBar);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(20, sectionColumn, layoutColumn, right);
        content.setPadding(new Insets(16));
        tab.setContent(content);
    }

    Tab tab() {
        return tab;
    }

    private static String hex(Color value) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(value.getRed() * 255),
                Math.round(value.getGreen() * 255), Math.round(value.getBlue() * 255));
    }

    private static final class SectionCell extends ListCell<ManagedSection> {
        private final SectionsViewModel model;

        SectionCell(SectionsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(ManagedSection section, boolean empty) {
            super.updateItem(section, empty);
            if (empty || section == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Rectangle swatch = new Rectangle(18, 18, Color.web(section.color()));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            setGraphic(swatch);
            setText(model.line(section));
        }
    }
}
