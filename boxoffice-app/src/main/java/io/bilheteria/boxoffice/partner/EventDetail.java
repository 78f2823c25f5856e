package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;

/** The model of one tab of an event's detail; shown again whenever the event picked changes or is saved. */
interface EventDetail {
    /** The event to show; null while a new one is being written. */
    void show(EventSummary event);
}
