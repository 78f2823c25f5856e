package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/** One session in the cashier's search results, with its event: what the list shows and what Enter picks. */
record SessionRow(EventSummary event, SessionSummary session, String label) {

    /** Every session of the events found, soonest first. */
    static List<SessionRow> of(List<EventSummary> events, BiFunction<EventSummary, SessionSummary, String> labeller) {
        List<SessionRow> rows = new ArrayList<>();
        for (EventSummary event : events) {
            for (SessionSummary session : event.sessions()) {
                rows.add(new SessionRow(event, session, labeller.apply(event, session)));
            }
        }
        rows.sort(Comparator.comparing(row -> row.session().startsAt()));
        return rows;
    }

    @Override
    public String toString() {
        return label;
    }
}
