package io.bilheteria.kiosk.browse;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.client.SeatConflictException;
import io.bilheteria.kiosk.shell.HoldClock;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.BlockingCall;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The seat choice's state and decisions ({@link SeatsScreen} shows them): the session shown, its
 * sections with their price or "sold out", the section and the number of seats asked of the best
 * available, what the customer is told above the map, and taking the hold (best available, or the
 * seats tapped on the map) before going on. Seats another buyer took meanwhile leave the choice
 * with a plain explanation.
 */
public final class SeatsViewModel {
    /** Most people at a totem buy for two; starting there saves the commonest purchase a tap. */
    private static final int USUAL_QUANTITY = 2;

    /** A line above the map: a seat lost or a hold refused ({@code error}), or a hint. */
    public record Notice(boolean error, StringExpression text) {
    }

    /** A section as its button shows it: with its price, or sold out and not to be chosen. */
    public record SectionChoice(Section section, boolean soldOut, StringExpression text) {
    }

    /** A hold taken, and whether the event has add-ons to offer next. */
    private record Held(Hold hold, boolean addOns) {
    }

    private final Sale sale;
    private final BackendCalls calls;
    private final Messages m;
    private final ZoneId venueZone;
    private final HoldClock holdClock;
    private final Journey journey;

    private final ReadOnlyObjectWrapper<SeatMap> seatMap = new ReadOnlyObjectWrapper<>(this, "seatMap");
    private final ReadOnlyStringWrapper sessionTitle = new ReadOnlyStringWrapper(this, "sessionTitle", "");
    private final ObservableList<SectionChoice> sections = FXCollections.observableArrayList();
    private final ObservableList<SectionChoice> sectionsView = FXCollections.unmodifiableObservableList(sections);
    private final ReadOnlyObjectWrapper<Section> chosenSection = new ReadOnlyObjectWrapper<>(this, "chosenSection");
    private final ReadOnlyIntegerWrapper quantity = new ReadOnlyIntegerWrapper(this, "quantity", USUAL_QUANTITY);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ObservableSet<String> takenSeats = FXCollections.observableSet();
    private final ObservableSet<String> takenSeatsView = FXCollections.unmodifiableObservableSet(takenSeats);

    public SeatsViewModel(Sale sale, BackendCalls calls, Messages messages, ZoneId venueZone, HoldClock holdClock,
                          Journey journey) {
        this.sale = sale;
        this.calls = calls;
        this.m = messages;
        this.venueZone = venueZone;
        this.holdClock = holdClock;
        this.journey = journey;
    }

    // --- state ------------------------------------------------------------------------------------

    /** The session's map as loaded when the screen came up (set afresh each time); null while hidden. */
    public ReadOnlyObjectProperty<SeatMap> seatMapProperty() {
        return seatMap.getReadOnlyProperty();
    }

    /** "Event · date and time", in the customer's language. */
    public ReadOnlyStringProperty sessionTitleProperty() {
        return sessionTitle.getReadOnlyProperty();
    }

    /** The session's sections, in the map's order. */
    public ObservableList<SectionChoice> sections() {
        return sectionsView;
    }

    /** The section the best available is taken from; null when every section is sold out. */
    public ReadOnlyObjectProperty<Section> chosenSectionProperty() {
        return chosenSection.getReadOnlyProperty();
    }

    /** How many seats the best available asks for. */
    public ReadOnlyIntegerProperty quantityProperty() {
        return quantity.getReadOnlyProperty();
    }

    public BooleanExpression fewerSeatsAllowed() {
        return quantity.greaterThan(1);
    }

    public BooleanExpression moreSeatsAllowed() {
        return quantity.lessThan(Sale.MAX_SEATS);
    }

    public BooleanExpression bestAvailableAllowed() {
        return chosenSection.isNotNull();
    }

    /** What the customer is told above the map; null when nothing is. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Seats the backend said another buyer took since the map was loaded: the map shows them taken. */
    public ObservableSet<String> takenSeats() {
        return takenSeatsView;
    }

    // --- the screen comes and goes ----------------------------------------------------------------

    /** A fresh start on the chosen session, even the one the last customer looked at. */
    public void shown() {
        EventSummary event = sale.event().orElse(null);
        SessionSummary session = sale.session().orElse(null);
        SeatMap map = sale.seatMap().orElse(null);
        if (event == null || session == null || map == null) {
            journey.go(Place.SESSIONS);
            return;
        }
        sessionTitle.bind(m.localized(locale -> event.title() + " · "
                + Formats.dateTime(session.startsAt(), venueZone, locale)));
        notice.set(null);
        quantity.set(USUAL_QUANTITY);
        takenSeats.clear();
        sections.setAll(choices(map));
        // the first section on sale is chosen, so "best available" is one tap away
        chosenSection.set(sections.stream().filter(choice -> !choice.soldOut()).map(SectionChoice::section)
                .findFirst().orElse(null));
        seatMap.set(map);
    }

    public void hidden() {
        seatMap.set(null);
    }

    /** Sold out when no seat of it is free; the seats this customer holds count as theirs to choose. */
    private List<SectionChoice> choices(SeatMap map) {
        Set<String> mine = heldByThisCustomer();
        Map<String, Long> free = map.seats().stream()
                .filter(seat -> seat.status() == SeatStatus.AVAILABLE || mine.contains(seat.id()))
                .collect(Collectors.groupingBy(Seat::sectionId, Collectors.counting()));
        return map.sections().stream().map(section -> {
            boolean soldOut = !free.containsKey(section.id());
            return new SectionChoice(section, soldOut, soldOut
                    ? m.text("browse.seats.sectionSoldOut", section.name())
                    : m.text("browse.seats.sectionPrice", section.name(),
                    m.localized(locale -> Money.format(section.priceCents(), section.currency(), locale))));
        }).toList();
    }

    // --- choosing ---------------------------------------------------------------------------------

    /** Chooses the section for the best available; a sold-out one cannot be. */
    public void chooseSection(Section section) {
        sections.stream().filter(choice -> choice.section().equals(section) && !choice.soldOut()).findFirst()
                .ifPresent(choice -> chosenSection.set(section));
    }

    public void fewerSeats() {
        if (quantity.get() > 1) {
            quantity.set(quantity.get() - 1);
        }
    }

    public void moreSeats() {
        if (quantity.get() < Sale.MAX_SEATS) {
            quantity.set(quantity.get() + 1);
        }
    }

    /** A seat was added to the choice on the map: whatever was said before no longer applies. */
    public void seatAdded() {
        notice.set(null);
    }

    /** A tap on the map wanted one seat more than a purchase may have. */
    public void selectionFull(int most) {
        notice.set(new Notice(false, m.text("browse.seats.refused.full", most)));
    }

    /** A tap on the map wanted a seat that is not free. */
    public void seatNotFree() {
        notice.set(new Notice(false, m.text("browse.seats.refused.taken")));
    }

    /** Seats chosen on the map were taken by another buyer meanwhile (the map dropped them from the choice). */
    public void selectionLost(List<Seat> lost) {
        notice.set(new Notice(true, m.text("browse.seats.taken", lost.size(), m.localized(locale ->
                lost.stream().map(this::describe).collect(Collectors.joining("; "))))));
    }

    /** In the current language: "Plateia, fila C, lugar 12". */
    private String describe(Seat seat) {
        String section = sections.stream().map(SectionChoice::section)
                .filter(s -> s.id().equals(seat.sectionId())).map(Section::name).findFirst().orElse("");
        return m.get("browse.seats.seat", section, seat.row(), String.valueOf(seat.number()));
    }

    // --- holding ----------------------------------------------------------------------------------

    /** Holds the best {@link #quantityProperty() quantity} seats of the chosen section and goes on. */
    public void holdBestAvailable() {
        Section section = chosenSection.get();
        if (section == null) {
            return;
        }
        int wanted = quantity.get();
        hold(() -> sale.holdBestAvailable(section.id(), wanted), List.of(), section);
    }

    /** Holds exactly the seats tapped on the map and goes on. */
    public void holdSeats(Collection<String> seatIds) {
        List<String> wanted = List.copyOf(seatIds);
        Set<String> held = heldByThisCustomer();
        if (!held.isEmpty() && Set.copyOf(wanted).equals(held)) {
            // back from the add-ons with the same seats: they are still held, nothing to ask again
            calls.read(() -> !sale.loadProducts().isEmpty(), this::goOn);
            return;
        }
        hold(() -> sale.holdSeats(wanted), wanted, null);
    }

    /** Takes the hold and learns whether the event has add-ons, in one trip behind the busy veil. */
    private void hold(BlockingCall<Hold> take, List<String> tapped, Section bestOf) {
        notice.set(null);
        calls.write(() -> {
            Hold hold = take.call();
            return new Held(hold, !sale.loadProducts().isEmpty());
        }, held -> {
            holdClock.tick();
            goOn(held.addOns());
        }, failure -> holdFailed(failure, tapped, bestOf));
    }

    private void goOn(boolean addOns) {
        journey.go(addOns ? Place.ADDONS : Place.IDENTIFY);
    }

    private void holdFailed(CallFailure failure, List<String> tapped, Section bestOf) {
        // taking a new hold gives back the one before, whether or not the new one succeeded
        holdClock.tick();
        if (!(failure.cause() instanceof SeatConflictException conflict)) {
            calls.report(failure);
            return;
        }
        takenSeats.addAll(conflict.conflictingSeatIds());
        Map<String, Seat> seats = seatMap.get() == null ? Map.of()
                : seatMap.get().seats().stream().collect(Collectors.toMap(Seat::id, Function.identity()));
        List<Seat> lost = tapped.stream().filter(conflict.conflictingSeatIds()::contains).map(seats::get).toList();
        if (!lost.isEmpty()) {
            selectionLost(lost);
        } else if (bestOf != null) {
            notice.set(new Notice(true, m.text("browse.seats.notEnough", bestOf.name())));
        } else {
            notice.set(new Notice(true, m.text("browse.seats.takenUnknown")));
        }
    }

    private Set<String> heldByThisCustomer() {
        return sale.hold().map(h -> Set.copyOf(h.seatIds())).orElse(Set.of());
    }
}
