package io.bilheteria.backend.venues;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;

/**
 * Writes spots in plain JDBC batches: Jdbi's named binding per row made seeding the
 * 60,000-seat stadium take seconds of the kiosk's first start, and a generated stadium
 * stand is as large.
 */
public final class SpotWriter implements AutoCloseable {
    private static final int FLUSH_EVERY = 5_000;
    private final PreparedStatement insert;
    private int pending;

    public SpotWriter(Handle h) {
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
