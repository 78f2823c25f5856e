package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import javafx.scene.control.Tab;

/** One tab of an event's detail; shown again whenever the event picked on the left changes or is saved. */
interface DetailTab {
    Tab tab();

    /** The event to show; null while a new one is being written. */
    void show(EventSummary event);
}
