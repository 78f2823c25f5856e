package io.bilheteria.ui.seatmap;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The demo venues of the backend (DemoData), laid out the same way, with readable seat ids. */
final class Venues {
    private static final String ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private Venues() {
    }

    /**
     * 10 rows (A..K, no I) of 20 seats one unit apart, a two-unit centre aisle after seat 10, the balcony (rows J, K)
     * 1.5 units further back; ids like "C-12"; wheelchair places at both ends of row H.
     */
    static SeatMap theatre(String sessionId) {
        List<Section> sections = List.of(
                new Section("vip", "Plateia VIP", "#C62828", 12000, "BRL"),
                new Section("stalls", "Plateia", "#1565C0", 8000, "BRL"),
                new Section("balcony", "Balcão", "#2E7D32", 5000, "BRL"));
        List<Seat> seats = new ArrayList<>();
        for (int row = 0; row < 10; row++) {
            String section = row < 2 ? "vip" : row < 8 ? "stalls" : "balcony";
            String label = String.valueOf(ROW_LETTERS.charAt(row));
            double y = row + (row >= 8 ? 1.5 : 0);
            for (int number = 1; number <= 20; number++) {
                double x = number + (number > 10 ? 1.0 : 0);
                boolean accessible = row == 7 && (number == 1 || number == 20);
                seats.add(new Seat(label + "-" + number, section, label, number, x, y, accessible, SeatStatus.AVAILABLE));
            }
        }
        return new SeatMap(sessionId, sections, seats);
    }

    /** The theatre with its seats listed in random order, so list order tells nothing about position. */
    static SeatMap shuffledTheatre(String sessionId) {
        SeatMap theatre = theatre(sessionId);
        List<Seat> seats = new ArrayList<>(theatre.seats());
        Collections.shuffle(seats, new Random(7));
        return new SeatMap(sessionId, theatre.sections(), seats);
    }

    /**
     * Four stands of 60 rows by 252 seats around a pitch: 60,480 seats, 0.5 units apart along a row and 0.9
     * between rows. Ids like "N-10-100" (stand N/S/E/W, row, seat).
     */
    static SeatMap stadium(String sessionId) {
        return stadium(sessionId, 60);
    }

    /** The stadium with {@code rows} rows per stand (4 x 252 seats a row), each row further out than the last. */
    static SeatMap stadium(String sessionId, int rows) {
        String[][] stands = {
                {"N", "Arquibancada Norte", "#6A1B9A", "9000"},
                {"S", "Arquibancada Sul", "#00838F", "9000"},
                {"E", "Cadeira Leste", "#EF6C00", "18000"},
                {"W", "Cadeira Oeste", "#AD1457", "22000"}};
        int perRow = 252;
        List<Section> sections = new ArrayList<>();
        List<Seat> seats = new ArrayList<>(4 * rows * perRow);
        for (int s = 0; s < stands.length; s++) {
            String id = stands[s][0];
            sections.add(new Section(id, stands[s][1], stands[s][2], Long.parseLong(stands[s][3]), "BRL"));
            for (int row = 0; row < rows; row++) {
                for (int number = 1; number <= perRow; number++) {
                    double along = number - perRow / 2.0;
                    double out = 40 + row * 0.9;
                    double x;
                    double y;
                    switch (s) {
                        case 0 -> { x = along * 0.5; y = -out; }
                        case 1 -> { x = -along * 0.5; y = out; }
                        case 2 -> { x = out + 30; y = along * 0.5; }
                        default -> { x = -out - 30; y = -along * 0.5; }
                    }
                    boolean accessible = row == 0 && number % 42 == 0;
                    seats.add(new Seat(id + "-" + (row + 1) + "-" + number, id, String.valueOf(row + 1), number, x, y,
                            accessible, SeatStatus.AVAILABLE));
                }
            }
        }
        return new SeatMap(sessionId, sections, seats);
    }

    /** The same map with some seats in another status. */
    static SeatMap withStatus(SeatMap map, SeatStatus status, String... seatIds) {
        List<String> ids = List.of(seatIds);
        List<Seat> seats = map.seats().stream()
                .map(s -> ids.contains(s.id())
                        ? new Seat(s.id(), s.sectionId(), s.row(), s.number(), s.x(), s.y(), s.accessible(), status)
                        : s)
                .toList();
        return new SeatMap(map.sessionId(), map.sections(), seats);
    }
}
