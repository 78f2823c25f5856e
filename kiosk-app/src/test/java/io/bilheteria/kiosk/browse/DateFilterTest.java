package io.bilheteria.kiosk.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFilterTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 14);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 15);

    @Test
    void thisWeekendIsTheComingSaturdayAndSundayOrWhatIsLeftOfThem() {
        assertThat(DateFilter.WEEKEND.days(WEDNESDAY)).isEqualTo(new DateFilter.Days(SATURDAY, SUNDAY));
        assertThat(DateFilter.WEEKEND.days(SATURDAY)).isEqualTo(new DateFilter.Days(SATURDAY, SUNDAY));
        assertThat(DateFilter.WEEKEND.days(SUNDAY)).isEqualTo(new DateFilter.Days(SUNDAY, SUNDAY));
    }

    @Test
    void todayNextSevenDaysAndAll() {
        assertThat(DateFilter.TODAY.days(WEDNESDAY)).isEqualTo(new DateFilter.Days(WEDNESDAY, WEDNESDAY));
        assertThat(DateFilter.NEXT_7_DAYS.days(WEDNESDAY))
                .isEqualTo(new DateFilter.Days(WEDNESDAY, LocalDate.of(2026, 3, 17)));
        assertThat(DateFilter.ALL.days(WEDNESDAY)).isEqualTo(new DateFilter.Days(null, null));
    }
}
