package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.GateCounters;
import io.bilheteria.boxoffice.gate.Verdict;
import io.bilheteria.boxoffice.offline.SyncState;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The gate screen's words in the staff's language: a verdict's big word, detail and what to do,
 * the conflicts, the counters and the sync state. Times are the venue's ({@code zone}).
 */
final class GateTexts {
    private final Messages messages;
    private final ZoneId zone;
    private final Clock clock;

    GateTexts(Messages messages, ZoneId zone, Clock clock) {
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    VerdictTone tone(Verdict verdict) {
        return verdict.admits() ? VerdictTone.ACCEPTED : VerdictTone.REFUSED;
    }

    String headline(Verdict verdict) {
        return messages.get("gate.result." + verdict.result().name());
    }

    String detail(Verdict verdict) {
        return switch (verdict.reason()) {
            case ADMITTED -> seat(verdict.sectionName(), verdict.row(), verdict.seatNumber());
            case USED -> messages.get("gate.reason.USED", seat(verdict.sectionName(), verdict.row(),
                    verdict.seatNumber()), when(verdict.firstScanAt()),
                    verdict.firstGateId() == null ? "?" : verdict.firstGateId());
            case OTHER_SESSION -> verdict.sessionStartsAt() == null ? messages.get("gate.reason.OTHER_SESSION")
                    : messages.get("gate.reason.OTHER_SESSION_AT", when(verdict.sessionStartsAt()));
            default -> messages.get("gate.reason." + verdict.reason().name());
        };
    }

    /** What the staff do now; a meia-entrada is let in only with the holder's document. */
    String note(Verdict verdict) {
        if (!verdict.admits()) {
            return messages.get("gate.note.refuse");
        }
        return messages.get(verdict.halfPrice() ? "gate.note.halfPrice" : "gate.note.admit");
    }

    String conflict(Conflict conflict) {
        String seat = seat(conflict.sectionName(), conflict.row(), conflict.seatNumber());
        return conflict.kind() == Conflict.Kind.REVOKED
                ? messages.get("gate.conflict.REVOKED", seat, when(conflict.admittedAt()))
                : messages.get("gate.conflict.ADMITTED_ELSEWHERE_FIRST", seat, when(conflict.admittedAt()),
                        when(conflict.firstScanAt()), conflict.firstGateId() == null ? "?" : conflict.firstGateId());
    }

    /** Empty until the gate's counters are first read. */
    String counters(GateCounters counters) {
        return counters == null ? "" : messages.get("gate.counters", counters.admitted(), counters.refused(),
                counters.remaining());
    }

    String sync(SyncState state) {
        if (state == null || (state.lastSyncAt() == null && state.online())) {
            return messages.get("gate.sync.never");
        }
        if (!state.online()) {
            return messages.get("gate.sync.offline", state.pendingScans());
        }
        if (state.pendingScans() > 0) {
            return messages.get("gate.sync.online.pending", state.pendingScans());
        }
        return messages.get("gate.sync.online", Formats.time(state.lastSyncAt(), zone, messages.getLocale()));
    }

    String conflictsSummary(int count) {
        return count == 0 ? messages.get("gate.conflicts.none") : messages.get("gate.conflicts.some", count);
    }

    /** "Plateia · fileira C · lugar 12", or a plain word when the seat was not in the last download. */
    private String seat(String section, String row, Integer number) {
        if (section == null || row == null || number == null) {
            return messages.get("gate.seat.unknown");
        }
        return messages.get("gate.seat", section, row, number);
    }

    /** A time today is just the time; another day gets its date too. */
    private String when(Instant instant) {
        if (instant == null) {
            return "?";
        }
        boolean today = LocalDate.ofInstant(instant, zone).equals(LocalDate.ofInstant(clock.instant(), zone));
        return today ? Formats.time(instant, zone, messages.getLocale())
                : Formats.dateTime(instant, zone, messages.getLocale());
    }
}
