package io.bilheteria.devices.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS print data back as a person holds the paper: each piece cut off, with its lines
 * of text (in the code page's letters) and the payloads of its native QR codes, in print order.
 * Knows the commands {@link EscPosEncoder} sends and fails on any other, so a test sees what a
 * printer would do with the bytes, not what the layout meant to print.
 */
public final class EscPosReader {
    /** One piece of paper: its text lines and QR payloads, top to bottom. */
    public record Paper(List<String> lines, List<String> qrCodes) {
    }

    private EscPosReader() {
    }

    /** The pieces cut off, in order; text after the last cut (not cut yet) is a last piece. */
    public static List<Paper> papers(byte[] data, CodePage codePage) {
        Charset charset = codePage.charset();
        List<Paper> papers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> qrCodes = new ArrayList<>();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            if (b == EscPos.ESC) {
                int command = data[i + 1];
                i += switch (command) {
                    case '@' -> 2;
                    case 't', 'a', 'E', 'd' -> 3;
                    default -> throw new IllegalArgumentException("unknown command ESC " + command + " at " + i);
                };
            } else if (b == EscPos.GS) {
                int command = data[i + 1];
                if (command == '!') {
                    i += 3;
                } else if (command == 'V') {
                    i += 4;
                    papers.add(new Paper(List.copyOf(lines), List.copyOf(qrCodes)));
                    lines.clear();
                    qrCodes.clear();
                } else if (command == '(' && data[i + 2] == 'k') {
                    int length = (data[i + 3] & 0xFF) | (data[i + 4] & 0xFF) << 8;
                    int function = data[i + 6];
                    if (function == 80) {
                        // cn fn m, then the payload
                        qrCodes.add(new String(data, i + 8, length - 3, charset));
                    }
                    i += 5 + length;
                } else {
                    throw new IllegalArgumentException("unknown command GS " + command + " at " + i);
                }
            } else if (b == EscPos.LF) {
                lines.add(text.toString(charset));
                text.reset();
                i++;
            } else {
                text.write(b);
                i++;
            }
        }
        if (!lines.isEmpty() || !qrCodes.isEmpty() || text.size() > 0) {
            if (text.size() > 0) {
                lines.add(text.toString(charset));
            }
            papers.add(new Paper(List.copyOf(lines), List.copyOf(qrCodes)));
        }
        return List.copyOf(papers);
    }
}
