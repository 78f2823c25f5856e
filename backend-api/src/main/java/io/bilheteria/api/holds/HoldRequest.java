package io.bilheteria.api.holds;

import java.util.List;

/**
 * Either explicit {@code seatIds}, or a {@code sectionId} with a {@code quantity} for
 * the best available seats (adjacent when possible).
 */
public record HoldRequest(String sessionId, List<String> seatIds, String sectionId, Integer quantity) {

    public static HoldRequest seats(String sessionId, List<String> seatIds) {
        return new HoldRequest(sessionId, seatIds, null, null);
    }

    public static HoldRequest bestAvailable(String sessionId, String sectionId, int quantity) {
        return new HoldRequest(sessionId, null, sectionId, quantity);
    }
}
