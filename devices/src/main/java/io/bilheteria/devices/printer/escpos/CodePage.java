package io.bilheteria.devices.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The character table the printer is switched to ({@code ESC t n}) and the translation of
 * Unicode text into its bytes. Kept apart from the command dialect: the encoder asks this
 * class for bytes and never sees a charset.
 *
 * <p>PC860 (Portuguese) is the default: it holds every letter Portuguese needs (á â ã à ç é
 * ê í ó ô õ ú ü and capitals) and nearly every ESC/POS printer sold in Brazil has it. A
 * character the table lacks is printed as its closest ASCII form (typographic quotes and
 * dashes, an accented letter of another language without its accent, {@code €} as
 * {@code EUR}) and as {@code ?} only when there is none, never as a wrong glyph.
 */
public enum CodePage {
    /** Portuguese; the default. */
    PC860(3, "IBM860"),
    /** Western Europe (Latin-1 letters). */
    PC850(2, "IBM850"),
    /** PC850 with the euro sign. */
    PC858(19, "IBM00858"),
    /** Windows Latin-1, on printers that have it. */
    WPC1252(16, "windows-1252"),
    /** The printers' factory table, US English. */
    PC437(0, "IBM437");

    private static final Map<Character, String> ASCII_FALLBACKS = Map.ofEntries(
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201A', ","),
            Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u201E', "\""),
            Map.entry('\u2013', "-"), Map.entry('\u2014', "-"), Map.entry('\u2212', "-"),
            Map.entry('\u2026', "..."), Map.entry('\u20AC', "EUR"), Map.entry('\u00A0', " "),
            Map.entry('\u202F', " "), Map.entry('\u2022', "*"), Map.entry('\u00AA', "a"),
            Map.entry('\u00BA', "o"));

    private final int escPosNumber;
    private final Charset charset;

    CodePage(int escPosNumber, String charsetName) {
        this.escPosNumber = escPosNumber;
        this.charset = Charset.forName(charsetName);
    }

    /** The table's number in {@code ESC t n} (Epson numbering, which ESC/POS clones follow). */
    public int escPosNumber() {
        return escPosNumber;
    }

    /** The Java charset with the same table, to read printed bytes back (tests, diagnostics). */
    public Charset charset() {
        return charset;
    }

    /** A name as typed in a printer setting ({@code pc860}, {@code PC858}...). */
    public static CodePage named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown code page '" + name + "'; known: pc860, pc850, pc858, wpc1252, pc437");
        }
    }

    /** The text's bytes in this table, one byte per character; see the class comment for missing characters. */
    public byte[] encode(String text) {
        CharsetEncoder encoder = charset.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); ) {
            int codePoint = composed.codePointAt(i);
            i += Character.charCount(codePoint);
            encodeCharacter(encoder, codePoint, out);
        }
        return out.toByteArray();
    }

    private void encodeCharacter(CharsetEncoder encoder, int codePoint, ByteArrayOutputStream out) {
        if (Character.isBmpCodePoint(codePoint) && encoder.canEncode((char) codePoint)) {
            out.writeBytes(String.valueOf((char) codePoint).getBytes(charset));
            return;
        }
        String fallback = fallback(codePoint);
        for (int j = 0; j < fallback.length(); j++) {
            char c = fallback.charAt(j);
            out.write(encoder.canEncode(c) ? String.valueOf(c).getBytes(charset)[0] : '?');
        }
    }

    private static String fallback(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            String ascii = ASCII_FALLBACKS.get((char) codePoint);
            if (ascii != null) {
                return ascii;
            }
        }
        // the letter without its accent: decomposed, the marks dropped
        String base = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return !base.isEmpty() && base.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? base : "?";
    }
}
