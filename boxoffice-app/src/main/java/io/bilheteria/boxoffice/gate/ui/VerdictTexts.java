package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.Verdict;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Words for verdicts and conflicts in the staff's language: the big word, the detail, what to do. */
final class VerdictTexts {
    private final Messages messages;
    private final ZoneId zone;

    VerdictTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    VerdictView.Tone tone(Verdict verdict) {
        return verdict.admits() ? VerdictView.Tone.ACCEPTED : VerdictView.Tone.REFUSED;
    }

    String headline(Verdict verdict) {
        return messages.get("gate.result." + verdict.result().name());
    }

    String detail(Verdict verdict) {
        return switch (verdict.reason()) {
            case ADMITTED -> seat(verdict.sectionName(), verdict.row(), verdict.seatNumber());
            case USED -> messages.get("gate.reason.USED", when(verdict.firstScanAt()),
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
        return conflict.kind() == Conflict.Kind.CANCELLED
                ? messages.get("gate.conflict.CANCELLED", seat, when(conflict.admittedAt()))
                : messages.get("gate.conflict.ADMITTED_ELSEWHERE_FIRST", seat, when(conflict.admittedAt()),
                        when(conflict.firstScanAt()), conflict.firstGateId() == null ? "?" : conflict.firstGateId());
    }

    /** "Setor A · fila C · assento 12", or a plain word when the seat was not in the last download. */
    String seat(String section, String row, Integer number) {
        if (section == null || row == null || number == null) {
            return messages.get("gate.seat.unknown");
        }
        return messages.get("gate.seat", section, row, number);
    }

    /** A time today is just the time; another day gets its date too. */
    String when(Instant instant) {
        if (instant == null) {
            return "?";
        }
        boolean today = LocalDate.ofInstant(instant, zone).equals(LocalDate.now(zone));
        return today ? Formats.time(instant, zone, messages.getLocale())
                : Formats.dateTime(instant, zone, messages.getLocale());
    }
}
