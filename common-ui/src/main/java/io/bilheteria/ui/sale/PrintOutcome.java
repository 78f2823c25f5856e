package io.bilheteria.ui.sale;

import io.bilheteria.devices.printer.PrinterStatus;

/** Whether the tickets came out of the printer. A failed print never undoes the sale. */
public sealed interface PrintOutcome {
    record Printed(int receipts) implements PrintOutcome {
    }

    /** Nothing or not everything printed; the QR codes stay on screen and the box office can reprint. */
    record Failed(PrinterStatus status, String reason) implements PrintOutcome {
    }
}
