package io.bilheteria.backend.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bilheteria.backend.common.DomainException;
import io.javalin.http.Context;
import java.util.stream.Collectors;

/** One strict JSON mapper: unknown fields and wrong types are refused with a message naming the field. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private Json() {
    }

    /** The request body as {@code type}, or a 400 that says what is wrong with it. */
    public static <T> T body(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw DomainException.invalid("A JSON request body is required");
        }
        String contentType = ctx.contentType();
        if (contentType != null && !contentType.toLowerCase().contains("json")) {
            throw new UnsupportedMediaType(contentType);
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw DomainException.invalid("The request body is JSON null; send an object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw DomainException.invalid("Unknown field '" + e.getPropertyName() + "'");
        } catch (InvalidFormatException e) {
            throw DomainException.invalid("Field '" + path(e) + "' has the wrong type or format");
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw DomainException.invalid(field.isEmpty() ? "The request body has the wrong shape"
                    : "Field '" + field + "' is missing or has the wrong type");
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("The request body is not valid JSON");
        }
    }

    /** The request body as {@code type}, or null when the body is empty. */
    /** No body, and the JSON body {@code null} that generated clients send for "no body", are both absent. */
    public static <T> T optionalBody(Context ctx, Class<T> type) {
        String body = ctx.body().strip();
        return body.isEmpty() || body.equals("null") ? null : body(ctx, type);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** Writes {@code value} as the response; a string result, so idempotent replays can store it. */
    public static void respond(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write response", e);
        }
    }

    /** A body sent as something other than JSON. */
    public static final class UnsupportedMediaType extends RuntimeException {
        UnsupportedMediaType(String contentType) {
            super("Send the body as application/json, not " + contentType);
        }
    }
}
