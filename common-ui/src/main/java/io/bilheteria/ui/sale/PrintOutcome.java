package io.bilheteria.ui.sale;

import io.bilheteria.devices.printer.PrinterStatus;

/**
 * What came out of the printer for a paid order: its tickets, a slip per product unit and the
 * payment receipt, in that order. A failed print never undoes the sale, and printing the order
 * again prints only what had not come out.
 */
public sealed interface PrintOutcome {

    /** Papers that came out, by kind: ticket receipts (one per ticket, or one per order), voucher slips, payment receipts. */
    record Papers(int tickets, int vouchers, int receipts) {
        public static final Papers NONE = new Papers(0, 0, 0);

        public int total() {
            return tickets + vouchers + receipts;
        }

        Papers plus(Papers more) {
            return new Papers(tickets + more.tickets, vouchers + more.vouchers, receipts + more.receipts);
        }
    }

    /** Everything the order still lacked came out: {@code papers} now (none when all had come out before). */
    record Printed(Papers papers) implements PrintOutcome {
    }

    /**
     * Printing stopped: {@code printed} came out before it did, the rest did not. The QR codes
     * stay on screen, and printing again (or a reprint at the box office) gives the rest.
     *
     * @param status what the printer says now: READY when it was the order's details that could not be read
     */
    record Failed(PrinterStatus status, String reason, Papers printed) implements PrintOutcome {
    }
}
