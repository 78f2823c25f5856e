package io.bilheteria.devices.printer;

/**
 * Character size as a multiple of the printer's normal cell, the sizes every ESC/POS printer
 * has ({@code GS !}). A line at double width holds half as many characters.
 */
public enum TextSize {
    NORMAL(1, 1),
    DOUBLE_HEIGHT(1, 2),
    DOUBLE(2, 2);

    private final int widthFactor;
    private final int heightFactor;

    TextSize(int widthFactor, int heightFactor) {
        this.widthFactor = widthFactor;
        this.heightFactor = heightFactor;
    }

    public int widthFactor() {
        return widthFactor;
    }

    public int heightFactor() {
        return heightFactor;
    }
}
