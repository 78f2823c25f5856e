package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.offline.SyncState;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The words the scanning stations (the gate, the concession counter) say alike: a verdict's
 * colour and big word, the sync state, how many conflicts there are, and times on the venue's
 * clock ({@code zone}). Each station has
 * keys of its own under {@code prefix} ("gate", "counter"), since what it keeps and sends is its
 * own ("leituras", "entregas").
 */
public final class StationTexts {
    private final Messages messages;
    private final ZoneId zone;
    private final Clock clock;
    private final String prefix;

    public StationTexts(Messages messages, ZoneId zone, Clock clock, String prefix) {
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
        this.prefix = prefix;
    }

    /** Green lets the holder through (in, or with the product), red stops them. */
    public VerdictTone tone(boolean letsThrough) {
        return letsThrough ? VerdictTone.ACCEPTED : VerdictTone.REFUSED;
    }

    /** The big word: ACEITO, ENTREGAR, JÁ USADO, ... */
    public String headline(Enum<?> result) {
        return messages.get(prefix + ".result." + result.name());
    }

    /** Whether the station is online, when it last synced and how many scans it still has to send. */
    public String sync(SyncState state) {
        if (state == null || (state.lastSyncAt() == null && state.online())) {
            return messages.get(prefix + ".sync.never");
        }
        if (!state.online()) {
            return messages.get(prefix + ".sync.offline", state.pendingScans());
        }
        if (state.pendingScans() > 0) {
            return messages.get(prefix + ".sync.online.pending", state.pendingScans());
        }
        return messages.get(prefix + ".sync.online", Formats.time(state.lastSyncAt(), zone, messages.getLocale()));
    }

    public String conflictsSummary(int count) {
        return count == 0 ? messages.get(prefix + ".conflicts.none") : messages.get(prefix + ".conflicts.some", count);
    }

    /** A time today is just the time; another day gets its date too. */
    public String when(Instant instant) {
        if (instant == null) {
            return "?";
        }
        boolean today = LocalDate.ofInstant(instant, zone).equals(LocalDate.ofInstant(clock.instant(), zone));
        return today ? Formats.time(instant, zone, messages.getLocale())
                : Formats.dateTime(instant, zone, messages.getLocale());
    }
}
