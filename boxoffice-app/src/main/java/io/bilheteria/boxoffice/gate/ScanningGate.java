package io.bilheteria.boxoffice.gate;

import io.bilheteria.boxoffice.offline.ScanningStation;

/**
 * A gate as its screen uses it: scan, sync, and what the gate knows now. {@link Gate} is the
 * real one, with its journal and its sync; the screen's view-model tests give one of their own,
 * so they need neither a disk nor a backend. Thread-safe.
 */
public interface ScanningGate extends ScanningStation<Verdict, GateCounters, Conflict> {

    /** See {@link Gate#scan}: decided and journalled before it returns. */
    @Override
    Verdict scan(String text);

    String gateId();
}
