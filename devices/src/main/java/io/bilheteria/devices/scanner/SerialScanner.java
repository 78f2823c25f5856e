package io.bilheteria.devices.scanner;

import io.bilheteria.devices.DeviceSetting;
import io.bilheteria.devices.serial.SerialLine;
import io.bilheteria.devices.serial.SerialSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner on a serial port (or a USB scanner in its serial mode, {@code /dev/ttyACM0}),
 * set by a line such as {@code serial:/dev/ttyACM0?baud=9600}. Each code ends with CR, LF or
 * both; empty lines are skipped. A scanner unplugged and plugged back in is found again:
 * the port is reopened every {@link #REOPEN_EVERY} until {@link #close()}.
 */
public final class SerialScanner implements AutoCloseable {
    static final Duration REOPEN_EVERY = Duration.ofSeconds(2);
    private static final Duration READ_WAIT = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(SerialScanner.class);

    private final SerialSettings settings;
    private final ScanListener listener;
    private final Thread reader;
    private volatile boolean open = true;

    private SerialScanner(SerialSettings settings, ScanListener listener) {
        this.settings = settings;
        this.listener = listener;
        reader = new Thread(this::run, "serial-scanner " + settings.device());
        reader.setDaemon(true);
    }

    /**
     * Starts reading; the port is opened by the scanner's own thread, so a scanner that is not
     * plugged in yet is not an error.
     *
     * @throws IllegalArgumentException when the setting is not a serial port
     */
    public static SerialScanner start(String setting, ScanListener listener) {
        SerialSettings settings = SerialSettings.of(DeviceSetting.parse(setting), Set.of());
        SerialScanner scanner = new SerialScanner(settings, Objects.requireNonNull(listener, "listener"));
        scanner.reader.start();
        return scanner;
    }

    private void run() {
        while (open) {
            try (SerialLine line = SerialLine.open(settings)) {
                readLines(line);
            } catch (IOException e) {
                if (open) {
                    log.warn("scanner {}: {}; trying again in {} s", settings.device(), e.getMessage(),
                            REOPEN_EVERY.toSeconds());
                    sleep(REOPEN_EVERY);
                }
            }
        }
    }

    private void readLines(SerialLine line) throws IOException {
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        while (open) {
            int b = line.read(READ_WAIT);
            if (b < 0) {
                continue;
            }
            if (b == '\r' || b == '\n') {
                String text = code.toString(StandardCharsets.ISO_8859_1).strip();
                code.reset();
                if (!text.isEmpty()) {
                    deliver(text);
                }
            } else {
                code.write(b);
            }
        }
    }

    private void deliver(String text) {
        try {
            listener.scanned(text);
        } catch (RuntimeException e) {
            // the next scan must still be read whatever one handler did
            log.error("the scan handler failed", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops reading and releases the port. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        reader.interrupt();
        reader.join(READ_WAIT.multipliedBy(5).toMillis());
    }
}
