package io.bilheteria.client;

import java.util.List;
import java.util.Map;

/**
 * An answer exactly as received, for tests that probe how the backend handles bad input.
 *
 * @param headers keyed case-insensitively, as HTTP header names are
 */
public record RawResponse(int status, Map<String, List<String>> headers, String body) {

    /** The first value of a header, or null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
