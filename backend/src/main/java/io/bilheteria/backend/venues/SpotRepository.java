package io.bilheteria.backend.venues;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.backend.storage.Transactions;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/** The spots (seats of a layout) of sections, and the sections they belong to. */
public final class SpotRepository {
    private final Transactions tx;

    public SpotRepository(Transactions tx) {
        this.tx = tx;
    }

    /** A section's seats in row and seat order, as a layout without a session (every seat AVAILABLE). */
    public List<Seat> seats(String sectionId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, row_label, seat_number, x, y, accessible FROM spots "
                        + "WHERE section_id = :id ORDER BY row_rank, seat_number")
                .bind("id", sectionId)
                .map((rs, ctx) -> new Seat(Long.toString(rs.getLong("id")), sectionId, rs.getString("row_label"),
                        rs.getInt("seat_number"), rs.getDouble("x"), rs.getDouble("y"), rs.getBoolean("accessible"),
                        SeatStatus.AVAILABLE))
                .list());
    }

    public Section section(String sectionId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, name, color, price_cents, currency FROM sections WHERE id = :id")
                .bind("id", sectionId)
                .map((rs, ctx) -> new Section(rs.getString("id"), rs.getString("name"), rs.getString("color"),
                        rs.getLong("price_cents"), rs.getString("currency")))
                .one());
    }

    public void deleteOfSection(String sectionId) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM spots WHERE section_id = :id").bind("id", sectionId).execute());
    }

    public void delete(long spotId) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM spots WHERE id = :id").bind("id", spotId).execute());
    }

    public void setAccessible(long spotId, boolean accessible) {
        tx.withHandle(h -> h.createUpdate("UPDATE spots SET accessible = :a WHERE id = :id").bind("a", accessible)
                .bind("id", spotId).execute());
    }

    /** Writes many spots in the caller's transaction, in plain JDBC batches. */
    public void write(Consumer<Writer> spots) {
        tx.withHandle(h -> {
            try (Writer writer = new Writer(h)) {
                spots.accept(writer);
            }
            return null;
        });
    }

    /**
     * Writes spots in plain JDBC batches: Jdbi's named binding per row made seeding the
     * 60,000-seat stadium take seconds of the kiosk's first start, and a generated stadium
     * stand is as large.
     */
    public static final class Writer implements AutoCloseable {
        private static final int FLUSH_EVERY = 5_000;
        private final PreparedStatement insert;
        private int pending;

        public Writer(Handle h) {
            try {
                insert = h.getConnection().prepareStatement("INSERT INTO spots (section_id, row_label, row_rank, "
                        + "seat_number, x, y, accessible) VALUES (?, ?, ?, ?, ?, ?, ?)");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the spots insert", e);
            }
        }

        public void add(String sectionId, String row, int rank, int number, double x, double y, boolean accessible) {
            try {
                insert.setString(1, sectionId);
                insert.setString(2, row);
                insert.setInt(3, rank);
                insert.setInt(4, number);
                insert.setDouble(5, x);
                insert.setDouble(6, y);
                insert.setBoolean(7, accessible);
                insert.addBatch();
                if (++pending == FLUSH_EVERY) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write spots", e);
            }
        }

        private void flush() throws SQLException {
            insert.executeBatch();
            pending = 0;
        }

        @Override
        public void close() {
            try (insert) {
                flush();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write spots", e);
            }
        }
    }
}
