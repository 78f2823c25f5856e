package io.bilheteria.devices.printer;

/**
 * What the printer reports about itself, worst condition first when several hold at once
 * (an ESC/POS printer answers this to its real-time status request).
 */
public enum PrinterStatus {
    READY(true, "The printer is ready."),
    /** Still prints, but the roll should be changed soon. */
    PAPER_NEAR_END(true, "The paper roll is nearly used up. Change it soon."),
    COVER_OPEN(false, "The printer cover is open. Close it and try again."),
    PAPER_OUT(false, "The printer is out of paper. Load a new roll and try again."),
    OFFLINE(false, "The printer does not answer. Check that it is switched on and connected.");

    private final boolean canPrint;
    private final String description;

    PrinterStatus(boolean canPrint, String description) {
        this.canPrint = canPrint;
        this.description = description;
    }

    public boolean canPrint() {
        return canPrint;
    }

    /** A plain English sentence for logs and staff; apps show their own translation per constant. */
    public String description() {
        return description;
    }
}
