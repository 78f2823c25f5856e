package io.bilheteria.kiosk.checkout;

import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.ui.sale.PrintOutcome;
import java.util.List;

/** What printing this customer's tickets gave: the outcome and the receipts that came out. */
public record PrintReport(PrintOutcome outcome, List<PrintedReceipt> receipts) {
    public PrintReport {
        receipts = List.copyOf(receipts);
    }
}
