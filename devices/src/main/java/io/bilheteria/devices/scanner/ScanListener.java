package io.bilheteria.devices.scanner;

/**
 * Receives what a scanner read, whichever kind of scanner it is (keyboard wedge or serial).
 * Called on the scanner's thread or the thread that fed the keys; a UI hands it over to its
 * own thread.
 */
@FunctionalInterface
public interface ScanListener {
    /** @param code the scanned text without its terminator, never empty */
    void scanned(String code);
}
