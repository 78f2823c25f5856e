package io.bilheteria.devices.printer;

/** QR error correction level; higher survives more smudging but makes a bigger code. */
public enum QrErrorCorrection {
    L,
    M,
    Q,
    H
}
