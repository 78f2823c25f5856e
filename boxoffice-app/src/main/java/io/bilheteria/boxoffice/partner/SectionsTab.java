package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.partners.SeatEdit;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ConflictException;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.seatmap.SeatMapLegend;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.theme.Theme;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
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
import javafx.util.StringConverter;

/**
 * The event's priced sections and each one's seats. Pick a section to see its saved seats on the
 * seat map, coloured by how one session sold them; describe rows and "preview" shows what would be
 * generated without saving; "apply" replaces the section's seats in every session, which the
 * backend refuses, with its reason shown, once any seat is sold or held. Clicked seats of the
 * saved map can be removed or marked as wheelchair places.
 */
final class SectionsTab implements DetailTab {
    private static final Color NEW_SECTION_COLOR = Color.web("#1565C0");
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessage message;
    private final Inputs inputs;
    private final Messages messages;
    private final ZoneId zone;
    private final Tab tab;
    private final ListView<ManagedSection> sections = new ListView<>();
    private final TextField name;
    private final ColorPicker color = new ColorPicker(NEW_SECTION_COLOR);
    private final TextField price;
    private final LayoutForm layout;
    private final ComboBox<SessionSummary> occupancy = new ComboBox<>();
    private final SeatMapView map = new SeatMapView();
    private final Label caption = new Label();
    private final Label picked = new Label();
    private final Button remove;
    private final Button markAccessible;
    private final Button unmarkAccessible;
    private EventSummary event;
    /** Whether the map shows the saved seats (editable) rather than a preview. */
    private boolean savedShown;

    SectionsTab(TerminalBackend backend, BackendCalls calls, PartnerMessage message, Inputs inputs, ZoneId zone) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.inputs = inputs;
        this.messages = message.messages();
        this.zone = zone;
        tab = Forms.tab("partner-tab-sections", messages.get("partner.tab.sections"));
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now && savedShown) {
                loadSaved(); // seats sold meanwhile show as sold
            }
        });
        sections.setId("partner-sections");
        sections.setPlaceholder(new Label(messages.get("partner.sections.none")));
        sections.setCellFactory(list -> new SectionCell());
        sections.setPrefHeight(170);
        sections.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> pick(section));
        name = Forms.field("partner-section-name", messages.get("partner.section.name.prompt"));
        color.setId("partner-section-color");
        price = Forms.field("partner-section-price", "90,00");
        GridPane sectionForm = Forms.grid();
        Forms.row(sectionForm, messages.get("partner.section.name"), name);
        Forms.row(sectionForm, messages.get("partner.section.color"), color);
        Forms.row(sectionForm, messages.get("partner.section.price"), price);
        Button saveSection = Forms.button("partner-section-save", messages.get("partner.section.save"),
                Theme.SECONDARY, this::saveSection);
        // saving changes the section picked in the list; "new section" needs none
        saveSection.disableProperty().bind(sections.getSelectionModel().selectedItemProperty().isNull());
        sectionForm.add(new HBox(8,
                Forms.button("partner-section-add", messages.get("partner.section.add"), Theme.SECONDARY, this::addSection),
                saveSection), 0, sectionForm.getRowCount(), 2, 1);

        layout = new LayoutForm(inputs, messages);
        HBox layoutButtons = new HBox(8,
                Forms.button("partner-layout-preview", messages.get("partner.layout.preview"), Theme.SECONDARY,
                        this::preview),
                Forms.button("partner-layout-apply", messages.get("partner.layout.apply"), Theme.PRIMARY, this::apply));
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

        occupancy.setId("partner-layout-session");
        occupancy.setConverter(sessionConverter());
        occupancy.setPromptText(messages.get("partner.layout.session.none"));
        occupancy.valueProperty().addListener((obs, old, session) -> {
            if (savedShown) {
                loadSaved();
            }
        });
        caption.setId("partner-layout-caption");
        caption.getStyleClass().add("partner-caption");
        caption.setWrapText(true);
        map.setId("partner-layout-map");
        map.setMinSize(300, 300);
        map.getSelectedSeatIds().addListener((SetChangeListener<String>) change -> showPicked());
        VBox.setVgrow(map, Priority.ALWAYS);
        SeatMapLegend legend = new SeatMapLegend(map);
        legend.setPriceFormatter((cents, currency) -> Money.format(cents, currency, messages.getLocale()));
        map.setLocale(messages.getLocale());
        picked.setId("partner-seat-picked");
        remove = Forms.button("partner-seat-remove", messages.get("partner.seat.remove"), Theme.DANGER, this::removeSeats);
        markAccessible = Forms.button("partner-seat-accessible", messages.get("partner.seat.accessible"),
                Theme.SECONDARY, () -> markAccessible(true));
        unmarkAccessible = Forms.button("partner-seat-not-accessible", messages.get("partner.seat.notAccessible"),
                Theme.SECONDARY, () -> markAccessible(false));
        // in the 1600-wide window this column is the narrowest: its sentences wrap, its buttons keep their words
        caption.setMinHeight(Region.USE_PREF_SIZE);
        picked.setWrapText(true);
        picked.setMinHeight(Region.USE_PREF_SIZE);
        List.of(remove, markAccessible, unmarkAccessible).forEach(button -> button.setMinWidth(Region.USE_PREF_SIZE));
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
        showPicked();
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(EventSummary shown) {
        event = shown;
        sections.getItems().clear();
        name.clear();
        price.clear();
        color.setValue(NEW_SECTION_COLOR);
        map.setSeatMap(null);
        savedShown = false;
        caption.setText("");
        List<SessionSummary> sessions = shown == null ? List.of() : shown.sessions();
        occupancy.getItems().setAll(sessions);
        occupancy.setValue(sessions.isEmpty() ? null : sessions.get(0));
        if (shown != null) {
            loadSections(null);
        }
    }

    private void loadSections(String pickId) {
        String eventId = event.id();
        calls.read(() -> backend.call(client -> client.sections(eventId).items()), list -> {
            if (event == null || !event.id().equals(eventId)) {
                return;
            }
            ManagedSection before = sections.getSelectionModel().getSelectedItem();
            String wanted = pickId != null ? pickId : before == null ? null : before.id();
            sections.getItems().setAll(list);
            list.stream().filter(s -> s.id().equals(wanted)).findFirst()
                    .or(() -> list.stream().findFirst())
                    .ifPresent(s -> sections.getSelectionModel().select(s));
        });
    }

    private void pick(ManagedSection section) {
        if (section == null) {
            return;
        }
        name.setText(section.name());
        color.setValue(Color.web(section.color()));
        price.setText(Money.format(section.priceCents(), section.currency(), messages.getLocale()));
        loadSaved();
    }

    private void addSection() {
        SectionDraft draft = sectionTyped();
        if (draft == null) {
            return;
        }
        String eventId = event.id();
        calls.write(() -> backend.call(client -> client.createSection(eventId, draft)), created -> {
            message.say("partner.section.added", created.name());
            loadSections(created.id());
        });
    }

    private void saveSection() {
        ManagedSection section = sections.getSelectionModel().getSelectedItem();
        SectionDraft draft = sectionTyped();
        if (draft == null) {
            return;
        }
        calls.write(() -> backend.call(client -> client.editSection(section.id(), draft)), changed -> {
            message.say("partner.section.saved", changed.name());
            loadSections(changed.id());
        });
    }

    private SectionDraft sectionTyped() {
        try {
            return new SectionDraft(inputs.required(name.getText(), messages.get("partner.section.name")),
                    hex(color.getValue()), inputs.cents(price.getText(), messages.get("partner.section.price")), null);
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return null;
        }
    }

    /** The picked section's saved seats, with the chosen session's sales on them. */
    private void loadSaved() {
        ManagedSection section = sections.getSelectionModel().getSelectedItem();
        if (section == null) {
            return;
        }
        SessionSummary session = occupancy.getValue();
        calls.read(() -> backend.call(client -> withSales(client.sectionLayout(section.id()),
                session == null ? null : client.seatMap(session.id()))), saved -> {
            if (section.equals(sections.getSelectionModel().getSelectedItem())) {
                savedShown = true;
                map.setSeatMap(saved);
                long sold = saved.seats().stream().filter(s -> s.status() == SeatStatus.SOLD).count();
                caption.setText(messages.get("partner.layout.saved", section.name(), saved.seats().size(), sold));
            }
        });
    }

    private void preview() {
        withSpec((section, spec) -> calls.read(() -> backend.call(client -> client.previewLayout(section.id(), spec)), preview -> {
            savedShown = false;
            map.setSeatMap(preview);
            long rows = preview.seats().stream().map(Seat::row).distinct().count();
            message.say("partner.layout.previewed", preview.seats().size(), rows);
            caption.setText(messages.get("partner.layout.preview.caption", section.name(), preview.seats().size(), rows));
        }));
    }

    private void apply() {
        withSpec((section, spec) -> calls.write(() -> backend.call(client -> client.replaceLayout(section.id(), spec)), applied -> {
            message.say("partner.layout.applied", section.name(), applied.seats().size());
            loadSections(section.id());
            loadSaved();
        }, this::layoutRefused));
    }

    private void withSpec(BiConsumer<ManagedSection, LayoutSpec> then) {
        ManagedSection section = sections.getSelectionModel().getSelectedItem();
        if (section == null) {
            message.warn(messages.get("partner.section.pick"));
            return;
        }
        try {
            then.accept(section, layout.spec());
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
        }
    }

    private void removeSeats() {
        changeSeats(BilheteriaClient::removeSeat, "partner.seat.removed");
    }

    private void markAccessible(boolean accessible) {
        changeSeats((client, id) -> client.editSeat(id, new SeatEdit(accessible)),
                accessible ? "partner.seat.markedAccessible" : "partner.seat.unmarkedAccessible");
    }

    /** Applies one call to each clicked seat of the saved map, then shows the map again. */
    private void changeSeats(BiConsumer<BilheteriaClient, String> change, String doneKey) {
        List<String> seatIds = List.copyOf(map.getSelectedSeatIds());
        ManagedSection section = sections.getSelectionModel().getSelectedItem();
        if (!savedShown || seatIds.isEmpty() || section == null) {
            message.warn(messages.get("partner.seat.pickFirst"));
            return;
        }
        calls.write(() -> backend.call(client -> {
            // one call per seat, in turn; a refusal stops at the seat refused
            seatIds.forEach(id -> change.accept(client, id));
            return seatIds.size();
        }), count -> {
            message.say(doneKey, count);
            loadSections(section.id());
            loadSaved();
        }, this::layoutRefused);
    }

    /** The backend's reason why seats cannot change (sold, held or ticketed), in the partner's words first. */
    private void layoutRefused(CallFailure failure) {
        if (failure.cause() instanceof ConflictException conflict) {
            message.warn(messages.get("partner.layout.refused", conflict.problem().detail()));
        } else {
            calls.report(failure);
        }
    }

    private void showPicked() {
        List<Seat> seats = map.getSelectedSeats();
        boolean editable = savedShown && !seats.isEmpty();
        remove.setDisable(!editable);
        markAccessible.setDisable(!editable);
        unmarkAccessible.setDisable(!editable);
        picked.setText(seats.isEmpty() ? messages.get("partner.seat.none")
                : seats.size() == 1 ? messages.get("partner.seat.one", seats.get(0).row(), seats.get(0).number())
                : messages.get("partner.seat.many", seats.size()));
    }

    /** The layout's seats with their status in a session (seat ids are the same in both); as laid out without one. */
    static SeatMap withSales(SeatMap layout, SeatMap session) {
        if (session == null) {
            return layout;
        }
        Map<String, SeatStatus> statuses = session.seats().stream()
                .collect(Collectors.toMap(Seat::id, Seat::status));
        return new SeatMap(null, layout.sections(), layout.seats().stream()
                .map(s -> new Seat(s.id(), s.sectionId(), s.row(), s.number(), s.x(), s.y(), s.accessible(),
                        statuses.getOrDefault(s.id(), SeatStatus.AVAILABLE)))
                .toList());
    }

    private static String hex(Color value) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(value.getRed() * 255),
                Math.round(value.getGreen() * 255), Math.round(value.getBlue() * 255));
    }

    private StringConverter<SessionSummary> sessionConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(SessionSummary session) {
                return session == null ? "" : Formats.dateTime(session.startsAt(), zone, messages.getLocale());
            }

            @Override
            public SessionSummary fromString(String text) {
                return null;
            }
        };
    }

    private final class SectionCell extends ListCell<ManagedSection> {
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
            setText(messages.get("partner.sections.line", section.name(),
                    Money.format(section.priceCents(), section.currency(), messages.getLocale()), section.seatCount()));
        }
    }
}
