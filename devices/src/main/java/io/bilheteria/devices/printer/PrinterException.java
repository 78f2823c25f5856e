package io.bilheteria.devices.printer;

import java.util.Objects;

/**
 * A receipt could not be printed. {@link #status()} says why in a form an app can translate,
 * the message says it in plain English. Nothing was printed, or only part: the sale stands and
 * the receipt can be printed again.
 */
public class PrinterException extends Exception {
    private final PrinterStatus status;

    public PrinterException(PrinterStatus status) {
        this(status, status.description(), null);
    }

    public PrinterException(PrinterStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = Objects.requireNonNull(status, "status");
        if (status.canPrint()) {
            throw new IllegalArgumentException("a print failure needs a status that stops printing, not " + status);
        }
    }

    public PrinterStatus status() {
        return status;
    }
}
