package io.bilheteria.devices;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A device chosen by one line that installers type, {@code kind:target?option=value&...},
 * for example {@code serial:/dev/ttyUSB0?baud=9600}, {@code tcp:192.168.0.50:9100} or
 * {@code sim:}. This class only splits the line; each device says which kinds, targets and
 * options it takes and refuses the rest with {@link #invalid}.
 *
 * @param kind what is before the first {@code :}, lower case
 * @param target what is between the {@code :} and the {@code ?}, possibly empty
 * @param options the {@code name=value} pairs after the {@code ?}, in the order written
 */
public record DeviceSetting(String text, String kind, String target, Map<String, String> options) {

    public DeviceSetting {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        options = Map.copyOf(options);
    }

    /** @throws IllegalArgumentException when the line has no kind or an option without a value */
    public static DeviceSetting parse(String text) {
        String line = Objects.requireNonNull(text, "text").strip();
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("device setting '" + line + "' needs a kind before ':', "
                    + "such as serial:/dev/ttyUSB0?baud=9600");
        }
        String kind = line.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        String rest = line.substring(colon + 1);
        int question = rest.indexOf('?');
        String target = question < 0 ? rest : rest.substring(0, question);
        Map<String, String> options = new LinkedHashMap<>();
        if (question >= 0 && question < rest.length() - 1) {
            for (String pair : rest.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals <= 0 || equals == pair.length() - 1) {
                    throw new IllegalArgumentException("device setting '" + line + "': option '" + pair
                            + "' is not name=value");
                }
                options.put(pair.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT),
                        pair.substring(equals + 1).strip());
            }
        }
        return new DeviceSetting(line, kind, target.strip(), options);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** A whole-number option within bounds, or the default when absent. */
    public int intOption(String name, int defaultValue, int min, int max) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw invalid("option " + name + " must be a whole number from " + min + " to " + max + ", not '" + value
                + "'");
    }

    /** Refuses options this device does not know, so a typo is not silently ignored. */
    public DeviceSetting onlyOptions(Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw invalid("unknown option '" + name + "'"
                        + (known.isEmpty() ? "" : "; known: " + String.join(", ", known.stream().sorted().toList())));
            }
        }
        return this;
    }

    /** An error naming this setting line, for the device to throw. */
    public IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException("device setting '" + text + "': " + why);
    }
}
