package io.bilheteria.devices.printer.sim;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import io.bilheteria.devices.printer.Alignment;
import io.bilheteria.devices.printer.QrSymbol;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptElement;
import io.bilheteria.devices.printer.TextSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a receipt the way an ESC/POS thermal printer prints it: one dot per pixel, the
 * printer's 12 x 24 dot font on a fixed grid, lines wrapped at the paper width by character,
 * QR codes at their module size. The image is the printable width plus a white paper margin.
 */
public final class ReceiptImageRenderer {
    /** Printable dots across 80 mm paper at 203 dpi. */
    public static final int PRINTABLE_WIDTH_80MM = 576;
    static final int CELL_WIDTH = 12;
    static final int CELL_HEIGHT = 24;
    private static final int MARGIN = 24;
    // 20 px Monospaced advances 12 px with ascent + descent of 24 px: the printer's font A cell
    private static final Font FONT = new Font(Font.MONOSPACED, Font.PLAIN, 20);

    private final int printableWidth;
    private final int columns;

    public ReceiptImageRenderer() {
        this(PRINTABLE_WIDTH_80MM);
    }

    /** @param printableWidth dots the print head covers: 576 on 80 mm paper, 384 on 58 mm */
    public ReceiptImageRenderer(int printableWidth) {
        if (printableWidth < 24 * CELL_WIDTH) {
            throw new IllegalArgumentException("the printable width holds at least 24 characters");
        }
        this.printableWidth = printableWidth;
        this.columns = printableWidth / CELL_WIDTH;
    }

    /** Characters per line in the normal font. */
    public int columns() {
        return columns;
    }

    public byte[] renderPng(Receipt receipt) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(receipt), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding into memory failed", e);
        }
        return png.toByteArray();
    }

    public BufferedImage render(Receipt receipt) {
        List<Band> bands = new ArrayList<>();
        List<ReceiptElement> elements = receipt.elements();
        for (int i = 0; i < elements.size(); i++) {
            ReceiptElement element = elements.get(i);
            boolean last = i == elements.size() - 1;
            if (element instanceof ReceiptElement.Text text) {
                textBands(text, bands);
            } else if (element instanceof ReceiptElement.Separator separator) {
                textBands(new ReceiptElement.Text(String.valueOf(separator.character()).repeat(columns),
                        Alignment.LEFT, TextSize.NORMAL, false), bands);
            } else if (element instanceof ReceiptElement.QrCode qr) {
                bands.add(qrBand(qr));
            } else if (element instanceof ReceiptElement.Feed feed) {
                bands.add(new Band(feed.lines() * CELL_HEIGHT, (g, y) -> { }));
            } else if (element instanceof ReceiptElement.Cut && !last) {
                bands.add(cutBand());
            }
        }
        int height = MARGIN * 2 + bands.stream().mapToInt(Band::height).sum();
        BufferedImage image = new BufferedImage(printableWidth + MARGIN * 2, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = MARGIN;
            for (Band band : bands) {
                band.painter().paint(g, y);
                y += band.height();
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The printer breaks a line wherever the paper ends, mid-word if need be. */
    private void textBands(ReceiptElement.Text text, List<Band> bands) {
        TextSize size = text.size();
        int perLine = columns / size.widthFactor();
        int[] codePoints = text.text().codePoints().toArray();
        Font font = FONT.deriveFont(text.bold() ? Font.BOLD : Font.PLAIN)
                .deriveFont(AffineTransform.getScaleInstance(size.widthFactor(), size.heightFactor()));
        int cellWidth = CELL_WIDTH * size.widthFactor();
        int lineHeight = CELL_HEIGHT * size.heightFactor();
        int start = 0;
        do {
            int end = Math.min(codePoints.length, start + perLine);
            String line = new String(codePoints, start, end - start);
            int lineWidth = (end - start) * cellWidth;
            int x = MARGIN + switch (text.alignment()) {
                case LEFT -> 0;
                case CENTER -> (printableWidth - lineWidth) / 2;
                case RIGHT -> printableWidth - lineWidth;
            };
            bands.add(new Band(lineHeight, (g, y) -> {
                g.setFont(font);
                int baseline = y + g.getFontMetrics().getAscent();
                int column = 0;
                // one glyph per cell, so a glyph taken from a fallback font cannot shift the grid
                for (int codePoint : line.codePoints().toArray()) {
                    g.drawString(new String(Character.toChars(codePoint)), x + column * cellWidth, baseline);
                    column++;
                }
            }));
            start = end;
        } while (start < codePoints.length);
    }

    private Band qrBand(ReceiptElement.QrCode qr) {
        ByteMatrix matrix = QrSymbol.modules(qr);
        // a printer skips a code wider than its print area; the preview shows it at the largest module size that fits
        int moduleSize = Math.min(qr.moduleSize(), printableWidth / matrix.getWidth());
        int side = matrix.getWidth() * moduleSize;
        int left = MARGIN + (printableWidth - side) / 2;
        return new Band(side, (g, y) -> {
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row) == 1) {
                        g.fillRect(left + col * moduleSize, y + row * moduleSize, moduleSize, moduleSize);
                    }
                }
            }
        });
    }

    private Band cutBand() {
        return new Band(CELL_HEIGHT, (g, y) -> {
            Graphics2D dashed = (Graphics2D) g.create();
            dashed.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 6f}, 0f));
            dashed.drawLine(0, y + CELL_HEIGHT / 2, printableWidth + MARGIN * 2, y + CELL_HEIGHT / 2);
            dashed.dispose();
        });
    }

    private record Band(int height, Painter painter) {
    }

    @FunctionalInterface
    private interface Painter {
        void paint(Graphics2D g, int top);
    }
}
