package io.bilheteria.devices.printer;

/** How an order's tickets are spread over receipts. */
public enum ReceiptGrouping {
    /** One receipt, cut off, per ticket: each guest holds their own. */
    PER_TICKET,
    /** One receipt for the whole order, every ticket's QR code on it, with the order total. */
    PER_ORDER
}
