package io.bilheteria.api.live;

import java.util.List;

/**
 * Event {@code availability} of an event's availability stream: one session's seats, how many are
 * available now, its state, and the same per section.
 */
public record SessionAvailability(String eventId, String sessionId, long seats, long available,
                                  AvailabilityState state, List<SectionAvailability> sections) {
}
