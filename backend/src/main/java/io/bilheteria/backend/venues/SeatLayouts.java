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
import io.bilheteria.backend.holds.Inventory;
import io.bilheteria.backend.partners.Ownership;
import io.bilheteria.backend.storage.Transactions;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The seats of a section: generated from a description, previewed without saving, or edited
 * one by one. Seats are the event's (every session sells the same map), so a change reaches
 * all its sessions, and it is refused once any seat concerned is sold or held in any session,
 * or was ever ticketed: a buyer's ticket must keep pointing at the seat they bought.
 */
public final class SeatLayouts {
    /**
     * Inventory and tickets are found through the event's sessions, which lead their indexes:
     * a layout change then reads the event's rows, not every session's of every event.
     */
    private static final String IN_EVENT = "session_id IN (SELECT id FROM sessions WHERE event_id = :e)";
    private final Transactions tx;
    private final HoldService holds;

    public SeatLayouts(Transactions tx, HoldService holds) {
        this.tx = tx;
        this.holds = holds;
    }

    /** The section's seats as a seat map without a session (sessionId null, every seat AVAILABLE). */
    public SeatMap current(Principal caller, String sectionId) {
        return tx.withHandle(h -> {
            Ownership.sectionEvent(h, caller, sectionId);
            return read(h, sectionId);
        });
    }

    /** What {@link #replace} would make of {@code spec}, with ids of the form {@code row-number}, saving nothing. */
    public SeatMap preview(Principal caller, String sectionId, LayoutSpec spec) {
        List<LayoutGenerator.PlacedSeat> placed = LayoutGenerator.generate(spec);
        Section section = tx.withHandle(h -> {
            Ownership.sectionEvent(h, caller, sectionId);
            return section(h, sectionId);
        });
        return new SeatMap(null, List.of(section), placed.stream()
                .map(p -> new Seat(p.row() + "-" + p.number(), sectionId, p.row(), p.number(), p.x(), p.y(),
                        p.accessible(), SeatStatus.AVAILABLE))
                .toList());
    }

    /** Replaces the section's seats with those generated from {@code spec}, in every session of the event. */
    public SeatMap replace(Principal caller, String sectionId, LayoutSpec spec) {
        List<LayoutGenerator.PlacedSeat> placed = LayoutGenerator.generate(spec);
        SeatMap result = tx.inTransaction(h -> {
            String eventId = Ownership.sectionEvent(h, caller, sectionId);
            refuseIfTaken(h, eventId, "section_id = :id", sectionId, "this section");
            refuseIfTicketed(h, eventId, "section_id = :id", sectionId, "this section");
            h.createUpdate("DELETE FROM session_seats WHERE " + IN_EVENT + " AND section_id = :id")
                    .bind("e", eventId).bind("id", sectionId).execute();
            h.createUpdate("DELETE FROM spots WHERE section_id = :id").bind("id", sectionId).execute();
            try (SpotWriter spots = new SpotWriter(h)) {
                for (LayoutGenerator.PlacedSeat p : placed) {
                    spots.add(sectionId, p.row(), p.rowRank(), p.number(), p.x(), p.y(), p.accessible());
                }
            }
            Inventory.openSection(h, sectionId);
            return read(h, sectionId);
        });
        holds.layoutChanged(sectionId);
        return result;
    }

    /** Removes one seat from the map of every session. */
    public void remove(Principal caller, String seatId) {
        long spotId = Ownership.seatId(seatId);
        String sectionId = tx.inTransaction(h -> {
            String section = Ownership.seatSection(h, caller, spotId);
            String eventId = Ownership.sectionEvent(h, caller, section);
            refuseIfTaken(h, eventId, "spot_id = :id", spotId, "this seat");
            refuseIfTicketed(h, eventId, "id = :id", spotId, "this seat");
            h.createUpdate("DELETE FROM session_seats WHERE " + IN_EVENT + " AND spot_id = :id")
                    .bind("e", eventId).bind("id", spotId).execute();
            h.createUpdate("DELETE FROM spots WHERE id = :id").bind("id", spotId).execute();
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
        var sectionAndSeat = tx.inTransaction(h -> {
            String sectionId = Ownership.seatSection(h, caller, spotId);
            h.createUpdate("UPDATE spots SET accessible = :a WHERE id = :id").bind("a", edit.accessible())
                    .bind("id", spotId).execute();
            return Map.entry(sectionId, read(h, sectionId).seats().stream()
                    .filter(s -> s.id().equals(Long.toString(spotId))).findFirst().orElseThrow());
        });
        holds.layoutChanged(sectionAndSeat.getKey()); // best-available keeps wheelchair places for those who need them
        return sectionAndSeat.getValue();
    }

    /**
     * Locks the seats concerned in every session, so no buyer takes one while they change, and
     * refuses when any is sold or held (even a hold that just ran out: the sweeper frees it soon).
     */
    private static void refuseIfTaken(Handle h, String eventId, String where, Object id, String what) {
        List<String> statuses = h.createQuery("SELECT status FROM session_seats WHERE " + IN_EVENT + " AND " + where
                        + " FOR UPDATE")
                .bind("e", eventId).bind("id", id).mapTo(String.class).list();
        long sold = statuses.stream().filter("SOLD"::equals).count();
        long held = statuses.stream().filter("HELD"::equals).count();
        if (sold + held > 0) {
            throw DomainException.conflict("The layout of " + what + " cannot change: " + sold + " seats are sold and "
                    + held + " held in its sessions");
        }
    }

    /** {@code spotsWhere} picks the spots concerned. */
    private static void refuseIfTicketed(Handle h, String eventId, String spotsWhere, Object id, String what) {
        long tickets = h.createQuery("SELECT COUNT(*) FROM tickets WHERE " + IN_EVENT
                        + " AND spot_id IN (SELECT id FROM spots WHERE " + spotsWhere + ")")
                .bind("e", eventId).bind("id", id).mapTo(Long.class).one();
        if (tickets > 0) {
            throw DomainException.conflict("The layout of " + what + " cannot change: " + tickets
                    + " tickets were issued for its seats (refunded ones included)");
        }
    }

    private static SeatMap read(Handle h, String sectionId) {
        List<Seat> seats = h.createQuery("SELECT id, row_label, seat_number, x, y, accessible FROM spots "
                        + "WHERE section_id = :id ORDER BY row_rank, seat_number")
                .bind("id", sectionId)
                .map((rs, ctx) -> new Seat(Long.toString(rs.getLong("id")), sectionId, rs.getString("row_label"),
                        rs.getInt("seat_number"), rs.getDouble("x"), rs.getDouble("y"), rs.getBoolean("accessible"),
                        SeatStatus.AVAILABLE))
                .list();
        return new SeatMap(null, List.of(section(h, sectionId)), seats);
    }

    private static Section section(Handle h, String sectionId) {
        return h.createQuery("SELECT id, name, color, price_cents, currency FROM sections WHERE id = :id")
                .bind("id", sectionId)
                .map((rs, ctx) -> new Section(rs.getString("id"), rs.getString("name"), rs.getString("color"),
                        rs.getLong("price_cents"), rs.getString("currency")))
                .one();
    }
}
