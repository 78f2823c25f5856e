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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event's priced sections and each one's seats ({@link SectionsTab} shows them). Pick a section
 * to see its saved seats on the map, coloured by how one session sold them; the layout described
 * and "preview" shows what would be generated without saving; "apply" replaces the section's seats
 * in every session, which the backend refuses, with its reason shown, once any seat is sold or
 * held. Seats picked on the saved map can be removed or marked as wheelchair places.
 */
final class SectionsViewModel implements EventDetail {
    /** A new section's colour until another is chosen. */
    private static final String NEW_SECTION_COLOR = "#1565C0";
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessageViewModel message;
    private final Inputs inputs;
    private final Messages messages;
    private final ZoneId zone;
    private final LayoutViewModel layout;
    private final ObservableList<ManagedSection> sections = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ManagedSection> picked = new ReadOnlyObjectWrapper<>(this, "picked");
    private final ReadOnlyBooleanWrapper sectionPicked = new ReadOnlyBooleanWrapper(this, "sectionPicked");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty color = new SimpleStringProperty(this, "color", NEW_SECTION_COLOR);
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<SessionSummary> occupancy = new SimpleObjectProperty<>(this, "occupancy");
    private final ReadOnlyObjectWrapper<SeatMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ObservableList<Seat> seatsPicked = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper seatsPickedText = new ReadOnlyStringWrapper(this, "seatsPickedText", "");
    private final ReadOnlyBooleanWrapper seatsEditable = new ReadOnlyBooleanWrapper(this, "seatsEditable");
    private EventSummary event;
    /** Whether the map shows the saved seats (editable) rather than a preview. */
    private boolean savedShown;

    SectionsViewModel(TerminalBackend backend, BackendCalls calls, PartnerMessageViewModel message, Inputs inputs,
                      ZoneId zone) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.inputs = inputs;
        this.messages = message.messages();
        this.zone = zone;
        this.layout = new LayoutViewModel(inputs, messages);
        sectionPicked.bind(picked.isNotNull());
        occupancy.addListener((obs, old, session) -> {
            if (savedShown) {
                loadSaved();
            }
        });
        showSeatsPicked();
    }

    @Override
    public void show(EventSummary shown) {
        event = shown;
        picked.set(null);
        sections.clear();
        name.set("");
        price.set("");
        color.set(NEW_SECTION_COLOR);
        savedShown = false;
        map.set(null);
        caption.set("");
        seatsPicked(List.of());
        List<SessionSummary> held = shown == null ? List.of() : shown.sessions();
        sessions.setAll(held);
        occupancy.set(held.isEmpty() ? null : held.get(0));
        if (shown != null) {
            loadSections(null);
        }
    }

    /** The tab comes into view: seats sold meanwhile show as sold. */
    void tabShown() {
        if (savedShown) {
            loadSaved();
        }
    }

    private void loadSections(String pickId) {
        String eventId = event.id();
        calls.read(() -> backend.call(client -> client.sections(eventId).items()), list -> {
            if (event == null || !event.id().equals(eventId)) {
                return; // another event was picked meanwhile
            }
            ManagedSection before = picked.get();
            String wanted = pickId != null ? pickId : before == null ? null : before.id();
            picked.set(null); // the list is new: what is picked in it is picked again
            sections.setAll(list);
            list.stream().filter(s -> s.id().equals(wanted)).findFirst()
                    .or(() -> list.stream().findFirst())
                    .ifPresent(this::pick);
        });
    }

    /** A section picked in the list: its name, colour and price in the form, its saved seats on the map. */
    void pick(ManagedSection section) {
        picked.set(section);
        if (section == null) {
            return;
        }
        name.set(section.name());
        color.set(section.color());
        price.set(Money.format(section.priceCents(), section.currency(), messages.getLocale()));
        loadSaved();
    }

    /** A new section as typed. */
    void addSection() {
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

    /** The section picked, changed as typed. */
    void saveSection() {
        ManagedSection section = picked.get();
        if (section == null) {
            return;
        }
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
            return new SectionDraft(inputs.required(name.get(), messages.get("partner.section.name")),
                    color.get(), inputs.cents(price.get(), messages.get("partner.section.price")), null);
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return null;
        }
    }

    /** The picked section's saved seats, with the chosen session's sales on them. */
    private void loadSaved() {
        ManagedSection section = picked.get();
        if (section == null) {
            return;
        }
        SessionSummary session = occupancy.get();
        calls.read(() -> backend.call(client -> withSales(client.sectionLayout(section.id()),
                session == null ? null : client.seatMap(session.id()))), saved -> {
            if (section.equals(picked.get())) {
                savedShown = true;
                map.set(saved);
                long sold = saved.seats().stream().filter(s -> s.status() == SeatStatus.SOLD).count();
                caption.set(messages.get("partner.layout.saved", section.name(), saved.seats().size(), sold));
                showSeatsPicked();
            }
        });
    }

    /** What the layout described would generate, on the map, saving nothing. */
    void preview() {
        withSpec((section, spec) -> calls.read(() -> backend.call(client -> client.previewLayout(section.id(), spec)),
                preview -> {
                    savedShown = false;
                    map.set(preview);
                    long rows = preview.seats().stream().map(Seat::row).distinct().count();
                    message.say("partner.layout.previewed", preview.seats().size(), rows);
                    caption.set(messages.get("partner.layout.preview.caption", section.name(),
                            preview.seats().size(), rows));
                    showSeatsPicked();
                }));
    }

    /** The layout described replaces the section's seats in every session. */
    void apply() {
        withSpec((section, spec) -> calls.write(() -> backend.call(client -> client.replaceLayout(section.id(), spec)),
                applied -> {
                    message.say("partner.layout.applied", section.name(), applied.seats().size());
                    loadSections(section.id());
                }, this::layoutRefused));
    }

    private void withSpec(BiConsumer<ManagedSection, LayoutSpec> then) {
        ManagedSection section = picked.get();
        if (section == null) {
            message.warn(messages.get("partner.section.pick"));
            return;
        }
        LayoutSpec spec;
        try {
            spec = layout.spec();
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return;
        }
        then.accept(section, spec);
    }

    /** The seats picked on the map, as the view reports them. */
    void seatsPicked(List<Seat> seats) {
        seatsPicked.setAll(seats);
        showSeatsPicked();
    }

    /** The seats picked leave the section in every session. */
    void removeSeats() {
        changeSeats(BilheteriaClient::removeSeat, "partner.seat.removed");
    }

    /** The seats picked become wheelchair places, or stop being so. */
    void markAccessible(boolean accessible) {
        changeSeats((client, id) -> client.editSeat(id, new SeatEdit(accessible)),
                accessible ? "partner.seat.markedAccessible" : "partner.seat.unmarkedAccessible");
    }

    /** Applies one call to each seat picked on the saved map, then shows the map again. */
    private void changeSeats(BiConsumer<BilheteriaClient, String> change, String doneKey) {
        List<String> seatIds = seatsPicked.stream().map(Seat::id).toList();
        ManagedSection section = picked.get();
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

    private void showSeatsPicked() {
        seatsEditable.set(savedShown && !seatsPicked.isEmpty());
        seatsPickedText.set(seatsPicked.isEmpty() ? messages.get("partner.seat.none")
                : seatsPicked.size() == 1
                ? messages.get("partner.seat.one", seatsPicked.get(0).row(), seatsPicked.get(0).number())
                : messages.get("partner.seat.many", seatsPicked.size()));
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

    LayoutViewModel layout() {
        return layout;
    }

    ObservableList<ManagedSection> sections() {
        return sections;
    }

    ReadOnlyObjectProperty<ManagedSection> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** Saving changes the section picked; adding one needs none. */
    ReadOnlyBooleanProperty sectionPickedProperty() {
        return sectionPicked.getReadOnlyProperty();
    }

    StringProperty nameProperty() {
        return name;
    }

    /** The section's colour as "#RRGGBB". */
    StringProperty colorProperty() {
        return color;
    }

    StringProperty priceProperty() {
        return price;
    }

    /** The event's sessions, one of which colours the saved map by its sales. */
    ObservableList<SessionSummary> sessions() {
        return sessions;
    }

    ObjectProperty<SessionSummary> occupancyProperty() {
        return occupancy;
    }

    /** The seats on the map: the section's saved ones or a preview; null before any. */
    ReadOnlyObjectProperty<SeatMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** What the map shows, in a sentence. */
    ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    ReadOnlyStringProperty seatsPickedTextProperty() {
        return seatsPickedText.getReadOnlyProperty();
    }

    /** Seats picked on the saved map (not a preview) can be removed or marked. */
    ReadOnlyBooleanProperty seatsEditableProperty() {
        return seatsEditable.getReadOnlyProperty();
    }

    /** A section's line in the list: name, price, seats. */
    String line(ManagedSection section) {
        return messages.get("partner.sections.line", section.name(),
                Money.format(section.priceCents(), section.currency(), messages.getLocale()), section.seatCount());
    }

    /** A session as the occupancy choice names it: its start on the venue's clock. */
    String sessionName(SessionSummary session) {
        return session == null ? "" : Formats.dateTime(session.startsAt(), zone, messages.getLocale());
    }
}
