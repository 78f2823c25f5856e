package io.bilheteria.devices.printer;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;

/** The modules of a receipt's QR code as a printer draws it: model 2, the element's error correction, no quiet zone. */
public final class QrSymbol {
    private QrSymbol() {
    }

    /** @return the square matrix, 1 for a black module */
    public static ByteMatrix modules(ReceiptElement.QrCode qr) {
        try {
            return Encoder.encode(qr.payload(), ErrorCorrectionLevel.valueOf(qr.errorCorrection().name()),
                    Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1")).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the payload does not fit in a QR code", e);
        }
    }
}
