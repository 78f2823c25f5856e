package io.bilheteria.boxoffice.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Collection;

/** How the box office writes its local files (the gate's journal and downloads, offline sign-in): JSON, instants as ISO-8601 text. */
public final class LocalJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            // files written by a newer version stay readable by an older one after a downgrade
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private LocalJson() {
    }

    /** Each value as one line of JSON, each line ending in a newline. */
    public static String lines(Collection<?> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            try {
                out.append(MAPPER.writeValueAsString(value)).append('\n');
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
            }
        }
        return out.toString();
    }
}
