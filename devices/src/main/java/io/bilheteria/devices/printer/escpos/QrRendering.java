package io.bilheteria.devices.printer.escpos;

/** How a receipt's QR code reaches the paper. */
public enum QrRendering {
    /** The printer draws the code from its payload ({@code GS ( k}, model 2): a few hundred bytes. */
    NATIVE,
    /**
     * The code drawn here and sent as a raster image ({@code GS v 0}): several kilobytes, for
     * printers without a QR command.
     */
    RASTER
}
