package io.bilheteria.backend.holds;

import org.jdbi.v3.core.Handle;

/** The per-session inventory rows (session_seats) that follow from an event's spots. */
public final class Inventory {
    private Inventory() {
    }

    /** Puts every spot of the event on sale in a new session. */
    public static void openSession(Handle h, String sessionId, String eventId) {
        h.createUpdate("INSERT INTO session_seats (session_id, spot_id, section_id, row_rank, seat_number, status) "
                        + "SELECT :s, sp.id, sp.section_id, sp.row_rank, sp.seat_number, 'AVAILABLE' FROM spots sp "
                        + "JOIN sections sec ON sec.id = sp.section_id WHERE sec.event_id = :e")
                .bind("s", sessionId).bind("e", eventId).execute();
    }

    /** Puts the spots of a section that were just laid out on sale in every session of its event. */
    public static void openSection(Handle h, String sectionId) {
        h.createUpdate("INSERT INTO session_seats (session_id, spot_id, section_id, row_rank, seat_number, status) "
                        + "SELECT s.id, sp.id, sp.section_id, sp.row_rank, sp.seat_number, 'AVAILABLE' "
                        + "FROM spots sp JOIN sections sec ON sec.id = sp.section_id "
                        + "JOIN sessions s ON s.event_id = sec.event_id WHERE sp.section_id = :sec")
                .bind("sec", sectionId).execute();
    }
}
