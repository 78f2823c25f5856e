package io.bilheteria.devices.printer.transport;

import io.bilheteria.devices.serial.SerialLine;
import io.bilheteria.devices.serial.SerialSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/** A printer on a serial port (RS-232 or a USB-serial adapter), through jssc. */
public final class SerialPrinterLink extends TwoWayLink {
    private final SerialSettings settings;

    public SerialPrinterLink(SerialSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected TwoWay open() throws IOException {
        SerialLine line = SerialLine.open(settings);
        return new TwoWay() {
            @Override
            public void write(byte[] bytes) throws IOException {
                line.write(bytes);
            }

            @Override
            public int read(Duration timeout) throws IOException {
                return line.read(timeout);
            }

            @Override
            public void discardInput() throws IOException {
                line.readAvailable();
            }

            @Override
            public void close() {
                line.close();
            }
        };
    }

    @Override
    public String describe() {
        return "serial " + settings;
    }
}
