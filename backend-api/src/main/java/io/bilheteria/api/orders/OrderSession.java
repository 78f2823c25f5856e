package io.bilheteria.api.orders;

import java.time.Instant;

/** The show an order is for, as its tickets print it: the event, where, and when. */
public record OrderSession(String eventId, String eventTitle, String venue, Instant startsAt) {
}
