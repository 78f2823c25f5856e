package io.bilheteria.api.live;

/** A section's seats in one session and how many of them are available now. */
public record SectionAvailability(String sectionId, long seats, long available, AvailabilityState state) {
}
