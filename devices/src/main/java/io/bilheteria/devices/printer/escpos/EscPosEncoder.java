package io.bilheteria.devices.printer.escpos;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import io.bilheteria.devices.printer.Alignment;
import io.bilheteria.devices.printer.QrSymbol;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptElement;
import io.bilheteria.devices.printer.TextSize;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns a {@link Receipt} into the ESC/POS bytes of one print job: initialise, select the
 * code page, then each element; a style command is sent only when the style changes, so a
 * receipt stays small on a 9600 baud line. Text bytes come from the {@link CodePage}.
 */
public final class EscPosEncoder {
    /** Dots across 80 mm paper at 203 dpi; a raster QR wider than this is shrunk to fit. */
    static final int PRINTABLE_DOTS_80MM = 576;

    private final CodePage codePage;
    private final int columns;
    private final QrRendering qrRendering;

    /** PC860, 48 columns (80 mm paper), native QR codes. */
    public EscPosEncoder() {
        this(CodePage.PC860, 48, QrRendering.NATIVE);
    }

    /** @param columns characters per line in the normal font, for separators: 48 on 80 mm paper, 32 on 58 mm */
    public EscPosEncoder(CodePage codePage, int columns, QrRendering qrRendering) {
        this.codePage = Objects.requireNonNull(codePage, "codePage");
        this.qrRendering = Objects.requireNonNull(qrRendering, "qrRendering");
        if (columns < 24 || columns > 96) {
            throw new IllegalArgumentException("a receipt line holds 24 to 96 characters, not " + columns);
        }
        this.columns = columns;
    }

    public CodePage codePage() {
        return codePage;
    }

    public byte[] encode(Receipt receipt) {
        Job job = new Job();
        job.out.writeBytes(EscPos.INITIALIZE);
        job.out.writeBytes(EscPos.codePage(codePage.escPosNumber()));
        for (ReceiptElement element : receipt.elements()) {
            if (element instanceof ReceiptElement.Text text) {
                job.line(text.alignment(), text.size(), text.bold(), codePage.encode(text.text()));
            } else if (element instanceof ReceiptElement.Separator separator) {
                job.line(Alignment.LEFT, TextSize.NORMAL, false,
                        String.valueOf(separator.character()).repeat(columns).getBytes(StandardCharsets.US_ASCII));
            } else if (element instanceof ReceiptElement.QrCode qr) {
                job.align(Alignment.CENTER);
                if (qrRendering == QrRendering.NATIVE) {
                    nativeQr(qr, job.out);
                } else {
                    rasterQr(qr, job.out);
                }
            } else if (element instanceof ReceiptElement.Feed feed) {
                job.out.writeBytes(EscPos.feedLines(feed.lines()));
            } else if (element instanceof ReceiptElement.Cut) {
                job.out.writeBytes(EscPos.FEED_AND_CUT);
            }
        }
        return job.out.toByteArray();
    }

    private static void nativeQr(ReceiptElement.QrCode qr, ByteArrayOutputStream out) {
        out.writeBytes(EscPos.qrModel2());
        out.writeBytes(EscPos.qrModuleSize(qr.moduleSize()));
        out.writeBytes(EscPos.qrErrorCorrection(qr.errorCorrection().ordinal()));
        out.writeBytes(EscPos.qrStore(qr.payload().getBytes(StandardCharsets.US_ASCII)));
        out.writeBytes(EscPos.qrPrint());
    }

    /** The same symbol as the printer would draw (ZXing, same model, level and module size) as a raster image. */
    private static void rasterQr(ReceiptElement.QrCode qr, ByteArrayOutputStream out) {
        ByteMatrix matrix = QrSymbol.modules(qr);
        int module = Math.min(qr.moduleSize(), PRINTABLE_DOTS_80MM / matrix.getWidth());
        int side = matrix.getWidth() * module;
        int widthBytes = (side + 7) / 8;
        byte[] dots = new byte[widthBytes * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (matrix.get(x / module, y / module) == 1) {
                    dots[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        out.writeBytes(EscPos.rasterImage(widthBytes, side, dots));
    }

    /** The output and the style the printer is in, so only changes are sent. */
    private static final class Job {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        // ESC @ leaves the printer left-aligned, normal size, not bold
        private Alignment alignment = Alignment.LEFT;
        private TextSize size = TextSize.NORMAL;
        private boolean bold;

        void line(Alignment lineAlignment, TextSize lineSize, boolean lineBold, byte[] text) {
            align(lineAlignment);
            if (lineSize != size) {
                out.writeBytes(EscPos.characterSize(lineSize.widthFactor(), lineSize.heightFactor()));
                size = lineSize;
            }
            if (lineBold != bold) {
                out.writeBytes(EscPos.emphasis(lineBold));
                bold = lineBold;
            }
            out.writeBytes(text);
            out.write(EscPos.LF);
        }

        void align(Alignment to) {
            if (to != alignment) {
                out.writeBytes(EscPos.justification(to.ordinal()));
                alignment = to;
            }
        }
    }
}
