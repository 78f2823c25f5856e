package io.bilheteria.boxoffice.counter.ui;

import io.bilheteria.boxoffice.counter.HandoverCounts;
import io.bilheteria.boxoffice.counter.VoucherConflict;
import io.bilheteria.boxoffice.counter.VoucherVerdict;
import io.bilheteria.boxoffice.gate.ui.StationTexts;
import io.bilheteria.ui.i18n.Messages;

/**
 * The counter screen's words in the attendant's language: the product and why, what to do, the
 * conflicts and the counts (a verdict's big word and the sync state are {@link StationTexts}').
 */
final class CounterTexts {
    private final Messages messages;
    /** For times, said as the gate says them. */
    private final StationTexts station;

    CounterTexts(Messages messages, StationTexts station) {
        this.messages = messages;
        this.station = station;
    }

    /** The product to hand over, big; for a refusal the product (when known) and why. */
    String detail(VoucherVerdict verdict) {
        String product = verdict.productName();
        return switch (verdict.reason()) {
            case HANDED_OVER -> product == null ? messages.get("counter.product.unknown") : product;
            case HANDED_OVER_BEFORE -> withProduct(product, messages.get("counter.reason.HANDED_OVER_BEFORE",
                    station.when(verdict.handedOverAt()),
                    verdict.handedOverBy() == null ? "?" : verdict.handedOverBy()));
            case REFUNDED -> withProduct(product, messages.get("counter.reason.REFUNDED"));
            default -> messages.get("counter.reason." + verdict.reason().name());
        };
    }

    private static String withProduct(String product, String why) {
        return product == null ? why : product + "\n" + why;
    }

    /** What the attendant does now; a hand-over decided offline says it will be sent later. */
    String note(VoucherVerdict verdict) {
        if (!verdict.handsOver()) {
            return messages.get("counter.note.refuse");
        }
        return messages.get(verdict.decidedHere() ? "counter.note.handOverOffline" : "counter.note.handOver");
    }

    String conflict(VoucherConflict conflict) {
        String product = conflict.productName() == null ? messages.get("counter.conflict.product")
                : conflict.productName();
        return switch (conflict.kind()) {
            case HANDED_OVER_ELSEWHERE_FIRST -> messages.get("counter.conflict.HANDED_OVER_ELSEWHERE_FIRST", product,
                    station.when(conflict.handedOverAt()), station.when(conflict.firstHandedOverAt()),
                    conflict.firstCounterId() == null ? "?" : conflict.firstCounterId());
            case REVOKED, UNKNOWN_TO_THE_BACKEND -> messages.get("counter.conflict." + conflict.kind().name(), product,
                    station.when(conflict.handedOverAt()));
        };
    }

    /** Empty until the counter's counts are first read. */
    String counts(HandoverCounts counts) {
        return counts == null ? "" : messages.get("counter.counts", counts.handedOver(), counts.refused());
    }
}
