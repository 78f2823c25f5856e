package io.bilheteria.api.checkin;

import java.util.List;

/**
 * One scan at a gate online. {@code sessionIds} are the sessions the gate is admitting (one, or
 * several for a door that serves them together): a ticket for any other session is
 * WRONG_SESSION, so tomorrow's ticket is never spent tonight.
 */
public record CheckinRequest(String qr, String gateId, List<String> sessionIds) {
}
