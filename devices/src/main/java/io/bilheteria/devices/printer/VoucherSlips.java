package io.bilheteria.devices.printer;

import java.util.Locale;

/**
 * Lays out a product voucher's slip in one language: the product large, the show it goes with,
 * the signed code as a QR code for the concession counter's scanner and as text (a counter whose
 * scanner fails types it), and the order code. One slip per unit, each cut off, so two popcorns
 * are two slips that can be redeemed apart.
 */
public final class VoucherSlips {
    private static final int FEED_BEFORE_CUT = 2;

    private final ReceiptWriting writing;

    /** @param columns characters per line in the normal font (48 on 80 mm paper, 32 on 58 mm) */
    public VoucherSlips(Locale locale, int columns) {
        this.writing = new ReceiptWriting(locale, columns);
    }

    public Receipt slipFor(PrintableVoucher voucher) {
        Receipt.Builder slip = Receipt.builder();
        writing.lines(slip, writing.label("voucher.heading"), Alignment.CENTER, TextSize.DOUBLE_HEIGHT, true);
        writing.lines(slip, voucher.productName(), Alignment.CENTER, TextSize.DOUBLE, true);
        slip.separator();
        writing.show(slip, voucher.eventTitle(), voucher.venue(), voucher.sessionStart(), voucher.zone());
        slip.separator();
        // a line of white above and below is the quiet zone the counter's scanner needs around the code
        slip.feed(1);
        slip.qrCode(voucher.code());
        slip.feed(1);
        writing.lines(slip, voucher.code(), Alignment.CENTER, TextSize.NORMAL, false);
        writing.lines(slip, writing.label("voucher.redeem"), Alignment.CENTER, TextSize.NORMAL, false);
        writing.orderCode(slip, voucher.orderCode());
        return slip.feed(FEED_BEFORE_CUT).cut().build();
    }
}
