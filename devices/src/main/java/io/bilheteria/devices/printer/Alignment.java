package io.bilheteria.devices.printer;

/** Horizontal placement of a text line on the paper (ESC/POS {@code ESC a}). */
public enum Alignment {
    LEFT,
    CENTER,
    RIGHT
}
