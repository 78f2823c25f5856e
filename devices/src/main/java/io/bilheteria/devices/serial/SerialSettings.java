package io.bilheteria.devices.serial;

import io.bilheteria.devices.DeviceSetting;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A serial port and its line settings. Always 8 data bits, no parity, 1 stop bit (8N1), what
 * receipt printers and scanners use; the speed and the flow control vary by device.
 *
 * @param device the port's path, e.g. {@code /dev/ttyUSB0} (a symbolic link works too)
 */
public record SerialSettings(String device, int baud, FlowControl flowControl) {
    public static final int DEFAULT_BAUD = 9600;
    /** The options a {@code serial:} setting takes. */
    public static final Set<String> OPTIONS = Set.of("baud", "flow");

    public SerialSettings {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(flowControl, "flowControl");
        if (device.isBlank()) {
            throw new IllegalArgumentException("a serial port needs a device path");
        }
        if (baud < 300 || baud > 921_600) {
            throw new IllegalArgumentException("serial speed " + baud + " is not one a device uses");
        }
    }

    /**
     * Reads {@code serial:/dev/ttyUSB0?baud=9600&flow=rtscts}; {@code baud} defaults to 9600,
     * {@code flow} to none. Options besides these and {@code extraOptions} are refused.
     */
    public static SerialSettings of(DeviceSetting setting, Set<String> extraOptions) {
        if (!"serial".equals(setting.kind())) {
            throw setting.invalid("not a serial port");
        }
        if (setting.target().isEmpty()) {
            throw setting.invalid("the device path is missing, e.g. serial:/dev/ttyUSB0?baud=9600");
        }
        setting.onlyOptions(union(OPTIONS, extraOptions));
        int baud = setting.intOption("baud", DEFAULT_BAUD, 300, 921_600);
        String flow = setting.option("flow").orElse("none").toUpperCase(Locale.ROOT);
        try {
            return new SerialSettings(setting.target(), baud, FlowControl.valueOf(flow));
        } catch (IllegalArgumentException e) {
            throw setting.invalid("flow must be none, rtscts or xonxoff, not '" + flow.toLowerCase(Locale.ROOT) + "'");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public String toString() {
        return device + " " + baud + " 8N1 flow " + flowControl.name().toLowerCase(Locale.ROOT);
    }
}
