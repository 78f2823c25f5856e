package io.bilheteria.kiosk.browse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The date buttons of the event list, as days in the venue's calendar. */
enum DateFilter {
    TODAY("browse.events.filter.today"),
    WEEKEND("browse.events.filter.weekend"),
    NEXT_7_DAYS("browse.events.filter.week"),
    ALL("browse.events.filter.all");

    /** First and last day, both included; null is open-ended. */
    record Days(LocalDate from, LocalDate to) {
    }

    final String textKey;

    DateFilter(String textKey) {
        this.textKey = textKey;
    }

    Days days(LocalDate today) {
        return switch (this) {
            case TODAY -> new Days(today, today);
            // on a Sunday "this weekend" is what is left of it
            case WEEKEND -> today.getDayOfWeek() == DayOfWeek.SUNDAY ? new Days(today, today)
                    : new Days(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                            today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case NEXT_7_DAYS -> new Days(today, today.plusDays(6));
            case ALL -> new Days(null, null);
        };
    }
}
