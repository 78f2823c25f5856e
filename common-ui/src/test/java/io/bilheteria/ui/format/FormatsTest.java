package io.bilheteria.ui.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.ui.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    /** Saturday 12 December 2026, 20:00 in São Paulo (UTC-3). */
    private static final Instant SHOW = Instant.parse("2026-12-12T23:00:00Z");

    @Test
    void aSessionInPortugueseShowsWeekdayDateAndTwentyFourHourTime() {
        assertThat(Formats.dateTime(SHOW, SAO_PAULO, Messages.PT_BR)).isEqualTo("sáb., 12 de dez. de 2026 20:00");
        assertThat(Formats.date(SHOW, SAO_PAULO, Messages.PT_BR)).isEqualTo("sáb., 12 de dez. de 2026");
        assertThat(Formats.time(SHOW, SAO_PAULO, Messages.PT_BR)).isEqualTo("20:00");
    }

    @Test
    void aSessionInEnglishShowsMonthFirstAndTwelveHourTime() {
        assertThat(Formats.dateTime(SHOW, SAO_PAULO, Messages.ENGLISH)).isEqualTo("Sat, Dec 12, 2026, 8:00 PM");
        assertThat(Formats.time(SHOW, SAO_PAULO, Messages.ENGLISH)).isEqualTo("8:00 PM");
    }

    @Test
    void theTimeIsTheTimeAtTheVenue() {
        assertThat(Formats.time(SHOW, ZoneId.of("Europe/Lisbon"), Messages.PT_BR)).isEqualTo("23:00");
    }

    @Test
    void aLanguageWithoutPatternsGetsThePortugueseOnes() {
        assertThat(Formats.time(SHOW, SAO_PAULO, Locale.GERMAN)).isEqualTo("20:00");
    }

    @Test
    void aCountdownShowsMinutesAndSecondsRoundedUp() {
        assertThat(Formats.countdown(Duration.ofSeconds(299))).isEqualTo("4:59");
        assertThat(Formats.countdown(Duration.ofMillis(299_001))).isEqualTo("5:00");
        assertThat(Formats.countdown(Duration.ofMillis(400))).isEqualTo("0:01");
        assertThat(Formats.countdown(Duration.ZERO)).isEqualTo("0:00");
        assertThat(Formats.countdown(Duration.ofSeconds(-3))).isEqualTo("0:00");
        assertThat(Formats.countdown(Duration.ofSeconds(45))).isEqualTo("0:45");
    }

    @Test
    void aCountdownOfAnHourOrMoreShowsHours() {
        assertThat(Formats.countdown(Duration.ofSeconds(3600))).isEqualTo("1:00:00");
        assertThat(Formats.countdown(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    }
}
