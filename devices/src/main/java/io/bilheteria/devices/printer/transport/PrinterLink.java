package io.bilheteria.devices.printer.transport;

import java.io.IOException;

/**
 * The wire to a receipt printer: bytes out and, where the wire carries them, bytes back.
 * A link connects when first used and again after a failure, so a printer switched on after
 * the app, or a cable plugged back in, works without a restart. Links whose wire carries the
 * printer's answers (serial, TCP) are {@link AnsweringLink}s; a USB device file only sends.
 */
public interface PrinterLink extends AutoCloseable {

    /** Sends the bytes; returns once the operating system has taken them. */
    void send(byte[] bytes) throws IOException;

    /** Opens the connection if it is not open; throws when the printer cannot be reached. */
    void connect() throws IOException;

    /** Where the link goes, for logs and messages: {@code /dev/ttyUSB0 9600 8N1}, {@code 10.0.0.7:9100}. */
    String describe();

    /** Drops the connection; the next call connects again. */
    @Override
    void close();
}
