package io.bilheteria.backend.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bilheteria.api.problems.Problem;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.common.AccountLockedException;
import io.bilheteria.backend.common.CallInProgressException;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.PaymentDeclinedException;
import io.bilheteria.backend.common.SeatsUnavailableException;
import io.bilheteria.backend.storage.StoreFailures;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become RFC 9457 problem documents. Nothing of a stack
 * trace ever reaches a client; unexpected errors are logged with the request id.
 */
public final class Problems {
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    public static void write(Context ctx, Exception e) {
        Problem problem = toProblem(ctx, e);
        if (e instanceof AccountLockedException locked) {
            ctx.header("Retry-After", Long.toString(Math.max(1, locked.retryAfter().toSeconds())));
        }
        if (e instanceof CallInProgressException inProgress) {
            ctx.header("Retry-After", Long.toString(inProgress.retryAfterSeconds()));
        }
        if (problem.status() == 503 && !(e instanceof DomainException)) {
            ctx.header("Retry-After", "1");
        }
        if (problem.status() == 405) {
            ctx.header("Allow", "GET, POST, PUT, PATCH, DELETE");
        }
        try {
            ctx.status(problem.status()).contentType("application/problem+json")
                    .result(Json.MAPPER.writeValueAsString(problem));
        } catch (JsonProcessingException impossible) {
            ctx.status(500).result("");
        }
    }

    static Problem toProblem(Context ctx, Exception e) {
        String requestId = RequestIds.of(ctx);
        if (e instanceof DomainException d) {
            List<String> seats = e instanceof SeatsUnavailableException s ? s.conflictingSeatIds() : null;
            String reason = e instanceof PaymentDeclinedException p ? p.reason() : null;
            Shape shape = shape(d.kind());
            return new Problem(shape.type(), shape.title(), shape.status(), d.getMessage(), requestId, seats, reason);
        }
        if (e instanceof Json.UnsupportedMediaType u) {
            return new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415, u.getMessage(),
                    requestId, null, null);
        }
        if (e instanceof HttpResponseException h) {
            return fromStatus(h.getStatus(), requestId, ctx);
        }
        if (StoreFailures.isStoreDown(e)) {
            log.error("database unavailable: {}", e.toString());
            return new Problem(ProblemTypes.UNAVAILABLE, "Service unavailable", 503,
                    "The service cannot use its database right now; send the request again shortly (with the same "
                            + "Idempotency-Key, so that it is never done twice)", requestId, null, null);
        }
        log.error("unexpected error", e);
        return new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                "Something went wrong on our side; quote request id " + requestId + " to support", requestId, null, null);
    }

    static Problem fromStatus(int status, String requestId, Context ctx) {
        return switch (status) {
            case 404 -> new Problem(ProblemTypes.NOT_FOUND, "Not found", 404,
                    "No such resource: " + ctx.method() + " " + ctx.path(), requestId, null, null);
            case 405 -> new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", 405,
                    ctx.method() + " is not allowed on " + ctx.path(), requestId, null, null);
            case 413 -> new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                    "The request body is larger than this API accepts", requestId, null, null);
            case 415 -> new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                    "Send the body as application/json", requestId, null, null);
            case 401 -> new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                    "Log in and send 'Authorization: Bearer <token>'", requestId, null, null);
            case 403 -> new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                    "Your role may not do this", requestId, null, null);
            default -> status >= 500
                    ? new Problem(ProblemTypes.INTERNAL, "Internal error", status,
                            "Something went wrong on our side; quote request id " + requestId, requestId, null, null)
                    : new Problem(ProblemTypes.INVALID_REQUEST, "Bad request", status,
                            "The request could not be understood", requestId, null, null);
        };
    }

    private record Shape(String type, String title, int status) {
    }

    private static Shape shape(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID_REQUEST -> new Shape(ProblemTypes.INVALID_REQUEST, "Invalid request", 400);
            case INVALID_CARD -> new Shape(ProblemTypes.INVALID_CARD, "Invalid card", 400);
            case UNAUTHORIZED -> new Shape(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401);
            case ACCOUNT_LOCKED -> new Shape(ProblemTypes.ACCOUNT_LOCKED, "Account temporarily locked", 401);
            case FORBIDDEN -> new Shape(ProblemTypes.FORBIDDEN, "Forbidden", 403);
            case QUEUE_TOKEN_REQUIRED -> new Shape(ProblemTypes.QUEUE_TOKEN_REQUIRED, "Queue admission required", 403);
            case NOT_FOUND -> new Shape(ProblemTypes.NOT_FOUND, "Not found", 404);
            case SEATS_UNAVAILABLE -> new Shape(ProblemTypes.SEATS_UNAVAILABLE, "Seats unavailable", 409);
            case HOLD_EXPIRED -> new Shape(ProblemTypes.HOLD_EXPIRED, "Hold expired", 409);
            case OUT_OF_STOCK -> new Shape(ProblemTypes.OUT_OF_STOCK, "Out of stock", 409);
            case HALF_PRICE_LIMIT -> new Shape(ProblemTypes.HALF_PRICE_LIMIT, "Half-price limit reached", 409);
            case CONFLICT -> new Shape(ProblemTypes.CONFLICT, "Conflict", 409);
            case EMAIL_TAKEN -> new Shape(ProblemTypes.EMAIL_TAKEN, "Email already registered", 409);
            case PAYMENT_DECLINED -> new Shape(ProblemTypes.PAYMENT_DECLINED, "Payment declined", 402);
            case PAYMENT_IN_PROGRESS -> new Shape(ProblemTypes.PAYMENT_IN_PROGRESS, "Payment in progress", 409);
            case SHIFT_REQUIRED -> new Shape(ProblemTypes.SHIFT_REQUIRED, "Shift required", 409);
            case IDEMPOTENCY_KEY_REUSED -> new Shape(ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused", 422);
            case ACQUIRER_UNAVAILABLE -> new Shape(ProblemTypes.ACQUIRER_UNAVAILABLE, "Card acquirer unavailable", 503);
        };
    }
}
