package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.GateCounters;
import io.bilheteria.boxoffice.gate.Verdict;
import io.bilheteria.ui.i18n.Messages;

/**
 * The gate screen's words in the staff's language: a verdict's detail and what to do, the
 * conflicts and the counters (a verdict's big word and the sync state are {@link StationTexts}').
 */
final class GateTexts {
    private final Messages messages;
    /** For times, said as the concession counter says them. */
    private final StationTexts station;

    GateTexts(Messages messages, StationTexts station) {
        this.messages = messages;
        this.station = station;
    }

    String detail(Verdict verdict) {
        return switch (verdict.reason()) {
            case ADMITTED -> seat(verdict.sectionName(), verdict.row(), verdict.seatNumber());
            case USED -> messages.get("gate.reason.USED", seat(verdict.sectionName(), verdict.row(),
                    verdict.seatNumber()), station.when(verdict.firstScanAt()),
                    verdict.firstGateId() == null ? "?" : verdict.firstGateId());
            case OTHER_SESSION -> verdict.sessionStartsAt() == null ? messages.get("gate.reason.OTHER_SESSION")
                    : messages.get("gate.reason.OTHER_SESSION_AT", station.when(verdict.sessionStartsAt()));
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
                ? messages.get("gate.conflict.REVOKED", seat, station.when(conflict.admittedAt()))
                : messages.get("gate.conflict.ADMITTED_ELSEWHERE_FIRST", seat, station.when(conflict.admittedAt()),
                        station.when(conflict.firstScanAt()),
                        conflict.firstGateId() == null ? "?" : conflict.firstGateId());
    }

    /** Empty until the gate's counters are first read. */
    String counters(GateCounters counters) {
        return counters == null ? "" : messages.get("gate.counters", counters.admitted(), counters.refused(),
                counters.remaining());
    }

    /** "Plateia · fileira C · lugar 12", or a plain word when the seat was not in the last download. */
    private String seat(String section, String row, Integer number) {
        if (section == null || row == null || number == null) {
            return messages.get("gate.seat.unknown");
        }
        return messages.get("gate.seat", section, row, number);
    }
}
