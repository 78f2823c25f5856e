package io.bilheteria.devices.printer;

/**
 * The receipt printer port. Calls block while the device works, so apps call them from their
 * background executor, never from the UI thread.
 */
public interface ReceiptPrinter extends AutoCloseable {

    /**
     * Prints one receipt and returns once the printer has taken it.
     *
     * @throws PrinterException when the printer cannot print (no paper, cover open, offline);
     *     the exception's status says which
     */
    void print(Receipt receipt) throws PrinterException;

    /** Asks the printer how it is now; never throws, an unreachable printer is {@link PrinterStatus#OFFLINE}. */
    PrinterStatus status();

    /** Releases the connection of adapters that hold one; printers without one have nothing to release. */
    @Override
    default void close() {
    }
}
