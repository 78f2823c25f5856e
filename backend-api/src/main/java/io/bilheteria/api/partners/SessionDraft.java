package io.bilheteria.api.partners;

import java.time.Instant;

/**
 * A showing of an event. On create startsAt is required; on edit a null field is left as it is.
 * {@code halfPriceCapPercent}: the share of its seats that may be sold at half price
 * (meia-entrada), 0 to 100; 40, the legal minimum, when never set.
 */
public record SessionDraft(Instant startsAt, Boolean queueEnabled, Integer halfPriceCapPercent) {

    public SessionDraft(Instant startsAt, Boolean queueEnabled) {
        this(startsAt, queueEnabled, null);
    }
}
