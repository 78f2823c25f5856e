package io.bilheteria.boxoffice.counter.ui;

import io.bilheteria.boxoffice.counter.HandoverCounts;
import io.bilheteria.boxoffice.counter.RedeemingCounter;
import io.bilheteria.boxoffice.counter.VoucherConflict;
import io.bilheteria.boxoffice.counter.VoucherVerdict;
import io.bilheteria.boxoffice.testing.ScriptedStation;

/** A concession counter for view-model tests (see {@link ScriptedStation}), named pipoca-1. */
final class ScriptedCounter extends ScriptedStation<VoucherVerdict, HandoverCounts, VoucherConflict>
        implements RedeemingCounter {

    ScriptedCounter() {
        super(new HandoverCounts(0, 0));
    }

    @Override
    public String counterId() {
        return "pipoca-1";
    }
}
