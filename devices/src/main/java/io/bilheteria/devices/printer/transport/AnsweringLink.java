package io.bilheteria.devices.printer.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/** A link whose wire brings the printer's answers back (serial, TCP), so its status can be asked. */
public interface AnsweringLink extends PrinterLink {

    /**
     * Sends a request and waits for the first byte back that {@code accept} takes, skipping
     * anything else the printer sent. Empty when nothing fitting came within {@code timeout}.
     */
    OptionalInt ask(byte[] request, IntPredicate accept, Duration timeout) throws IOException;
}
