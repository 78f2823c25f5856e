package io.bilheteria.devices.serial;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import jssc.SerialPort;
import jssc.SerialPortException;
import jssc.SerialPortTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open serial port (jssc) with plain blocking byte I/O and {@link IOException}s, so the
 * printer and scanner code above it knows nothing of jssc.
 */
public final class SerialLine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SerialLine.class);

    private final SerialSettings settings;
    private final SerialPort port;

    private SerialLine(SerialSettings settings, SerialPort port) {
        this.settings = settings;
        this.port = port;
    }

    /** Opens the port at 8N1 with the settings' speed and flow control. */
    public static SerialLine open(SerialSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        SerialPort port = new SerialPort(settings.device());
        try {
            port.openPort();
        } catch (SerialPortException e) {
            throw new IOException("cannot open serial port " + settings.device() + ": " + e.getExceptionType(), e);
        }
        try {
            // on a pseudo-terminal the RTS/DTR ioctls fail and these return false, yet the line settings apply
            if (!port.setParams(settings.baud(), SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE)) {
                log.debug("{}: setParams reported false (normal on a pseudo-terminal)", settings.device());
            }
            if (!port.setFlowControlMode(settings.flowControl().jsscMask())) {
                log.debug("{}: setFlowControlMode reported false", settings.device());
            }
        } catch (SerialPortException e) {
            closeQuietly(port);
            throw new IOException("cannot set up serial port " + settings + ": " + e.getExceptionType(), e);
        }
        log.info("serial port open: {}", settings);
        return new SerialLine(settings, port);
    }

    public SerialSettings settings() {
        return settings;
    }

    public void write(byte[] bytes) throws IOException {
        try {
            if (!port.writeBytes(bytes)) {
                throw new IOException("writing to " + settings.device() + " failed");
            }
        } catch (SerialPortException e) {
            throw new IOException("writing to " + settings.device() + " failed: " + e.getExceptionType(), e);
        }
    }

    /** The next byte, 0 to 255, or -1 when none arrived within {@code timeout}. */
    public int read(Duration timeout) throws IOException {
        try {
            return port.readBytes(1, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))[0] & 0xFF;
        } catch (SerialPortTimeoutException e) {
            return -1;
        } catch (SerialPortException e) {
            throw new IOException("reading from " + settings.device() + " failed: " + e.getExceptionType(), e);
        }
    }

    /** Whatever has arrived and not been read yet, possibly nothing; never waits. */
    public byte[] readAvailable() throws IOException {
        try {
            byte[] bytes = port.readBytes();
            return bytes == null ? new byte[0] : bytes;
        } catch (SerialPortException e) {
            throw new IOException("reading from " + settings.device() + " failed: " + e.getExceptionType(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(port);
    }

    private static void closeQuietly(SerialPort port) {
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException e) {
            log.warn("closing serial port {} failed: {}", port.getPortName(), e.getExceptionType());
        }
    }
}
