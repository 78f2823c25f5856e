package io.bilheteria.devices.printer.escpos;

import io.bilheteria.devices.printer.PrinterStatus;

/**
 * Reads the printer's answers to the real-time status requests {@code DLE EOT 1} (printer),
 * {@code DLE EOT 2} (why offline) and {@code DLE EOT 4} (paper roll sensor). Every answer is
 * one byte with bits 1 and 4 set and bits 0 and 7 clear, which tells it apart from anything
 * else the printer may send (XON/XOFF, automatic status bytes).
 */
public final class RealTimeStatus {
    private static final int FIXED_MASK = 0b1001_0011;
    private static final int FIXED_BITS = 0b0001_0010;
    private static final int PRINTER_OFFLINE = 0x08;
    private static final int CAUSE_COVER_OPEN = 0x04;
    private static final int CAUSE_STOPPED_BY_PAPER_END = 0x20;
    private static final int CAUSE_ERROR = 0x40;
    private static final int PAPER_NEAR_END = 0x0C;
    private static final int PAPER_END = 0x60;

    private RealTimeStatus() {
    }

    /** Whether a received byte is a status answer at all. */
    public static boolean isStatusByte(int b) {
        return b >= 0 && (b & FIXED_MASK) == FIXED_BITS;
    }

    /**
     * The printer's condition from its three answers, the one that needs a person most first:
     * no paper, then cover open, then any other reason it is offline (an error), then paper
     * running low.
     */
    public static PrinterStatus decode(int printer, int offlineCause, int paper) {
        for (int b : new int[] {printer, offlineCause, paper}) {
            if (!isStatusByte(b)) {
                throw new IllegalArgumentException(String.format("0x%02X is not a real-time status byte", b));
            }
        }
        if ((paper & PAPER_END) != 0 || (offlineCause & CAUSE_STOPPED_BY_PAPER_END) != 0) {
            return PrinterStatus.PAPER_OUT;
        }
        if ((offlineCause & CAUSE_COVER_OPEN) != 0) {
            return PrinterStatus.COVER_OPEN;
        }
        if ((printer & PRINTER_OFFLINE) != 0 || (offlineCause & CAUSE_ERROR) != 0) {
            return PrinterStatus.OFFLINE;
        }
        if ((paper & PAPER_NEAR_END) != 0) {
            return PrinterStatus.PAPER_NEAR_END;
        }
        return PrinterStatus.READY;
    }
}
