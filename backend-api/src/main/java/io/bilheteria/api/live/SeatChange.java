package io.bilheteria.api.live;

import io.bilheteria.api.catalog.SeatStatus;
import java.time.Instant;
import java.util.List;

/**
 * One change of seats of a session as its live stream sends it (event {@code seats}): the event's
 * id, also sent as the server-sent event's {@code id}, resumes the stream after it.
 * {@code status} is the seats' status after the change, as the seat map shows it.
 */
public record SeatChange(String id, String sessionId, SeatChangeKind kind, SeatStatus status, List<String> seatIds,
                         Instant at) {
}
