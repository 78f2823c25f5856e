package io.bilheteria.devices.printer.escpos;

/**
 * The ESC/POS commands the receipts use, as bytes (Epson's command reference; every
 * ESC/POS-compatible receipt printer has them). Only the byte layout lives here; what to send
 * when is {@link EscPosEncoder}'s job.
 */
final class EscPos {
    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte DLE = 0x10;
    static final byte EOT = 0x04;
    static final byte LF = 0x0A;

    /** ESC @: clears the buffer and every setting, as at power-on. */
    static final byte[] INITIALIZE = {ESC, '@'};
    /** GS V 66 0: feeds the paper to the cutter and cuts it, leaving a tab (partial cut). */
    static final byte[] FEED_AND_CUT = {GS, 'V', 66, 0};

    /** Real-time status requests, DLE EOT n; answered at once with one byte even while printing. */
    static final int STATUS_PRINTER = 1;
    static final int STATUS_OFFLINE_CAUSE = 2;
    static final int STATUS_PAPER = 4;

    private static final byte QR_FUNCTION = 49; // cn: QR code in GS ( k
    private static final byte QR_MODEL_2 = 50;   // Epson: 49 is model 1, 50 model 2

    private EscPos() {
    }

    static byte[] statusRequest(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** ESC t n: the character table. */
    static byte[] codePage(int n) {
        return new byte[] {ESC, 't', (byte) n};
    }

    /** ESC a n: 0 left, 1 centre, 2 right; applies from the start of a line. */
    static byte[] justification(int n) {
        return new byte[] {ESC, 'a', (byte) n};
    }

    /** ESC E n: bold on or off. */
    static byte[] emphasis(boolean on) {
        return new byte[] {ESC, 'E', (byte) (on ? 1 : 0)};
    }

    /** GS ! n: character width and height multipliers, 1 to 8 each. */
    static byte[] characterSize(int width, int height) {
        return new byte[] {GS, '!', (byte) (((width - 1) << 4) | (height - 1))};
    }

    /** ESC d n: prints the buffer and feeds n lines. */
    static byte[] feedLines(int n) {
        return new byte[] {ESC, 'd', (byte) n};
    }

    /** GS ( k fn 165: QR model. */
    static byte[] qrModel2() {
        return new byte[] {GS, '(', 'k', 4, 0, QR_FUNCTION, 65, QR_MODEL_2, 0};
    }

    /** GS ( k fn 167: module size in dots, 1 to 16. */
    static byte[] qrModuleSize(int dots) {
        return new byte[] {GS, '(', 'k', 3, 0, QR_FUNCTION, 67, (byte) dots};
    }

    /** GS ( k fn 169: error correction, 0 = L, 1 = M, 2 = Q, 3 = H. */
    static byte[] qrErrorCorrection(int level) {
        return new byte[] {GS, '(', 'k', 3, 0, QR_FUNCTION, 69, (byte) (48 + level)};
    }

    /** GS ( k fn 180: stores the payload in the printer's symbol area. */
    static byte[] qrStore(byte[] payload) {
        int length = payload.length + 3;
        byte[] command = new byte[8 + payload.length];
        command[0] = GS;
        command[1] = '(';
        command[2] = 'k';
        command[3] = (byte) (length & 0xFF);
        command[4] = (byte) (length >> 8);
        command[5] = QR_FUNCTION;
        command[6] = 80;
        command[7] = 48;
        System.arraycopy(payload, 0, command, 8, payload.length);
        return command;
    }

    /** GS ( k fn 181: prints the stored symbol. */
    static byte[] qrPrint() {
        return new byte[] {GS, '(', 'k', 3, 0, QR_FUNCTION, 81, 48};
    }

    /**
     * GS v 0: a raster image, {@code widthBytes} bytes (8 dots each, most significant bit
     * leftmost, 1 = black) per row, {@code rows} rows; {@code dots} holds them row by row.
     */
    static byte[] rasterImage(int widthBytes, int rows, byte[] dots) {
        byte[] command = new byte[8 + dots.length];
        command[0] = GS;
        command[1] = 'v';
        command[2] = '0';
        command[3] = 0;
        command[4] = (byte) (widthBytes & 0xFF);
        command[5] = (byte) (widthBytes >> 8);
        command[6] = (byte) (rows & 0xFF);
        command[7] = (byte) (rows >> 8);
        System.arraycopy(dots, 0, command, 8, dots.length);
        return command;
    }
}
