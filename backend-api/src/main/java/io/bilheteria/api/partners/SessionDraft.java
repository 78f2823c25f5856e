package io.bilheteria.api.partners;

import java.time.Instant;

/** A showing of an event. On create startsAt is required; on edit a null field is left as it is. */
public record SessionDraft(Instant startsAt, Boolean queueEnabled) {
}
