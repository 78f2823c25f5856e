package io.bilheteria.api.catalog;

import java.util.List;

public record SeatMap(String sessionId, List<Section> sections, List<Seat> seats) {
}
