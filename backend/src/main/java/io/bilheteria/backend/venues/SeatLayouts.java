package io.bilheteria.backend.venues;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.SeatEdit;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.holds.HoldService;
import io.bilheteria.backend.partners.Ownership;
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.storage.Transactions;
import java.util.List;
import java.util.Map;

/**
 * The seats of a section: generated from a description, previewed without saving, or edited
 * one by one. Seats are the event's (every session sells the same map), so a change reaches
 * all its sessions, and it is refused once any seat concerned is sold or held in any session,
 * or was ever ticketed: a buyer's ticket must keep pointing at the seat they bought.
 */
public final class SeatLayouts {
    private final Transactions tx;
    private final HoldService holds;
    private final Ownership ownership;
    private final SpotRepository spots;
    private final SeatInventoryRepository inventory;

    public SeatLayouts(Transactions tx, HoldService holds, SpotRepository spots, SeatInventoryRepository inventory) {
        this.tx = tx;
        this.holds = holds;
        this.ownership = new Ownership(tx);
        this.spots = spots;
        this.inventory = inventory;
    }

    /** The section's seats as a seat map without a session (sessionId null, every seat AVAILABLE). */
    public SeatMap current(Principal caller, String sectionId) {
        return tx.inTransaction(() -> {
            ownership.sectionEvent(caller, sectionId);
            return read(sectionId);
        });
    }

    /** What {@link #replace} would make of {@code spec}, with ids of the form {@code row-number}, saving nothing. */
    public SeatMap preview(Principal caller, String sectionId, LayoutSpec spec) {
        List<LayoutGenerator.PlacedSeat> placed = LayoutGenerator.generate(spec);
        Section section = tx.inTransaction(() -> {
            ownership.sectionEvent(caller, sectionId);
            return spots.section(sectionId);
        });
        return new SeatMap(null, List.of(section), placed.stream()
                .map(p -> new Seat(p.row() + "-" + p.number(), sectionId, p.row(), p.number(), p.x(), p.y(),
                        p.accessible(), SeatStatus.AVAILABLE))
                .toList());
    }

    /** Replaces the section's seats with those generated from {@code spec}, in every session of the event. */
    public SeatMap replace(Principal caller, String sectionId, LayoutSpec spec) {
        List<LayoutGenerator.PlacedSeat> placed = LayoutGenerator.generate(spec);
        SeatMap result = tx.inTransaction(() -> {
            String eventId = ownership.sectionEvent(caller, sectionId);
            refuseIfTaken(inventory.lockSection(eventId, sectionId), "this section");
            refuseIfTicketed(inventory.ticketsOfSection(eventId, sectionId), "this section");
            inventory.removeSection(eventId, sectionId);
            spots.deleteOfSection(sectionId);
            spots.write(writer -> {
                for (LayoutGenerator.PlacedSeat p : placed) {
                    writer.add(sectionId, p.row(), p.rowRank(), p.number(), p.x(), p.y(), p.accessible());
                }
            });
            inventory.openSection(sectionId);
            return read(sectionId);
        });
        holds.layoutChanged(sectionId);
        return result;
    }

    /** Removes one seat from the map of every session. */
    public void remove(Principal caller, String seatId) {
        long spotId = Ownership.seatId(seatId);
        String sectionId = tx.inTransaction(() -> {
            String section = ownership.seatSection(caller, spotId);
            String eventId = ownership.sectionEvent(caller, section);
            refuseIfTaken(inventory.lockSeat(eventId, spotId), "this seat");
            refuseIfTicketed(inventory.ticketsOfSeat(eventId, spotId), "this seat");
            inventory.removeSeat(eventId, spotId);
            spots.delete(spotId);
            return section;
        });
        holds.layoutChanged(sectionId);
    }

    /**
     * Marks a seat as a wheelchair place or not. Allowed after sales: it changes what the seat
     * is offered as, not where it is, so no ticket is affected.
     */
    public Seat edit(Principal caller, String seatId, SeatEdit edit) {
        long spotId = Ownership.seatId(seatId);
        if (edit == null || edit.accessible() == null) {
            throw DomainException.invalid("'accessible' is required");
        }
        var sectionAndSeat = tx.inTransaction(() -> {
            String sectionId = ownership.seatSection(caller, spotId);
            spots.setAccessible(spotId, edit.accessible());
            return Map.entry(sectionId, read(sectionId).seats().stream()
                    .filter(s -> s.id().equals(Long.toString(spotId))).findFirst().orElseThrow());
        });
        holds.layoutChanged(sectionAndSeat.getKey()); // best-available keeps wheelchair places for those who need them
        return sectionAndSeat.getValue();
    }

    /** Refuses when any seat concerned is sold or held (even a hold that just ran out: the sweeper frees it soon). */
    private static void refuseIfTaken(SeatInventoryRepository.Taken taken, String what) {
        if (taken.any()) {
            throw DomainException.conflict("The layout of " + what + " cannot change: " + taken.sold()
                    + " seats are sold and " + taken.held() + " held in its sessions");
        }
    }

    private static void refuseIfTicketed(long tickets, String what) {
        if (tickets > 0) {
            throw DomainException.conflict("The layout of " + what + " cannot change: " + tickets
                    + " tickets were issued for its seats (refunded ones included)");
        }
    }

    private SeatMap read(String sectionId) {
        return new SeatMap(null, List.of(spots.section(sectionId)), spots.seats(sectionId));
    }
}
