package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.GateCounters;
import io.bilheteria.boxoffice.gate.ScanningGate;
import io.bilheteria.boxoffice.gate.Verdict;
import io.bilheteria.boxoffice.testing.ScriptedStation;

/** A gate for view-model tests (see {@link ScriptedStation}), named norte-1. */
final class ScriptedGate extends ScriptedStation<Verdict, GateCounters, Conflict> implements ScanningGate {

    ScriptedGate() {
        super(new GateCounters(0, 0, 0));
    }

    @Override
    public String gateId() {
        return "norte-1";
    }
}
