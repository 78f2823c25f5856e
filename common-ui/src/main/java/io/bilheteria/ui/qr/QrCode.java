package io.bilheteria.ui.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;

/** The modules of a QR code (error correction M), without the quiet zone. */
public final class QrCode {

    private final int size;
    private final BitSet dark;

    private QrCode(int size, BitSet dark) {
        this.size = size;
        this.dark = dark;
    }

    /**
     * Encodes a payload with error correction level M. Ticket payloads are ASCII; other text is
     * encoded as UTF-8 with an ECI marker, which older scanners may not read.
     *
     * @throws IllegalArgumentException if the payload is empty or too long for a QR code
     */
    public static QrCode encode(String payload) {
        if (payload.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs a payload");
        }
        Map<EncodeHintType, Object> hints = StandardCharsets.US_ASCII.newEncoder().canEncode(payload)
                ? Map.of()
                : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        try {
            ByteMatrix matrix = Encoder.encode(payload, ErrorCorrectionLevel.M, hints).getMatrix();
            int size = matrix.getWidth();
            BitSet dark = new BitSet(size * size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    dark.set(y * size + x, matrix.get(x, y) == 1);
                }
            }
            return new QrCode(size, dark);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a " + payload.length() + "-character payload as a QR code", e);
        }
    }

    /** Modules per side (21 for version 1), quiet zone not included. */
    public int size() {
        return size;
    }

    public boolean isDark(int x, int y) {
        return dark.get(y * size + x);
    }
}
