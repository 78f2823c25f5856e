package io.bilheteria.devices.printer;

import java.text.Normalizer;
import java.util.Objects;

/**
 * One piece of a {@link Receipt}. The set is what an ESC/POS printer can do natively, so a
 * printer adapter translates each element to commands and a simulator draws it; no element
 * holds printer bytes or a bitmap.
 */
public sealed interface ReceiptElement {

    /**
     * A line of text. The printer wraps it at the paper width (fewer characters per line at
     * double width). Text is kept in Unicode NFC, so an accented letter is one character that
     * the printer adapter maps to its code page; control characters are refused so that text
     * can never turn into a printer command.
     */
    record Text(String text, Alignment alignment, TextSize size, boolean bold) implements ReceiptElement {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(alignment, "alignment");
            Objects.requireNonNull(size, "size");
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
            if (text.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("receipt text must not contain control characters: " + text);
            }
        }
    }

    /** A full-width line made of one repeated ASCII character, such as {@code ----}. */
    record Separator(char character) implements ReceiptElement {
        public Separator {
            if (character < 0x21 || character > 0x7E) {
                throw new IllegalArgumentException("a separator is a visible ASCII character");
            }
        }
    }

    /**
     * A QR code, printed centred with the printer's own QR command (model 2). The payload is
     * printable ASCII because printers size it by character count.
     *
     * @param moduleSize printer dots per QR module, 1 to 16 (at 203 dpi, 6 dots are 0.75 mm)
     */
    record QrCode(String payload, int moduleSize, QrErrorCorrection errorCorrection) implements ReceiptElement {
        public static final int DEFAULT_MODULE_SIZE = 6;

        public QrCode {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(errorCorrection, "errorCorrection");
            if (payload.isEmpty() || !payload.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
                throw new IllegalArgumentException("a QR payload is non-empty printable ASCII");
            }
            if (moduleSize < 1 || moduleSize > 16) {
                throw new IllegalArgumentException("QR module size is 1 to 16 dots, not " + moduleSize);
            }
        }

        public QrCode(String payload) {
            this(payload, DEFAULT_MODULE_SIZE, QrErrorCorrection.M);
        }
    }

    /** Blank lines of the normal height. */
    record Feed(int lines) implements ReceiptElement {
        public Feed {
            if (lines < 1) {
                throw new IllegalArgumentException("feed at least one line");
            }
        }
    }

    /** Cuts the paper here; a receipt usually ends with one. */
    record Cut() implements ReceiptElement {
    }
}
