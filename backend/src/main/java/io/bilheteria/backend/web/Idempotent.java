package io.bilheteria.backend.web;

import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Hashes;
import io.bilheteria.backend.idempotency.IdempotencyStore;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Wraps a state-changing handler: the first call with a given {@code Idempotency-Key}
 * runs, later ones get the recorded answer (marked {@code Idempotent-Replayed: true}).
 * Server-side failures (5xx) and "payment in progress" are not recorded, so they can be
 * retried. The placeholder row is written to the database before the handler runs, so
 * this holds across backend processes sharing one database.
 */
public final class Idempotent {
    public static final String HEADER = "Idempotency-Key";
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final IdempotencyStore store;

    public Idempotent(IdempotencyStore store) {
        this.store = store;
    }

    public Handler wrap(Handler handler) {
        return ctx -> {
            String key = ctx.header(HEADER);
            if (key == null || key.isBlank()) {
                handler.handle(ctx);
                return;
            }
            if (key.length() > 200) {
                throw DomainException.invalid("'Idempotency-Key' is longer than 200 characters");
            }
            String account = Authentication.principal(ctx).accountId();
            String hash = requestHash(ctx);
            Optional<IdempotencyStore.Recorded> earlier = store.claim(account, key, hash);
            if (earlier.isPresent() && earlier.get().inProgress()) {
                earlier = store.awaitCompletion(account, key, PATIENCE);
                if (earlier.isEmpty()) {
                    earlier = store.claim(account, key, hash); // the first call failed and was forgotten: run now
                }
            }
            if (earlier.isPresent()) {
                replay(ctx, earlier.get(), hash);
                return;
            }
            boolean transientRefusal = false;
            try {
                handler.handle(ctx);
            } catch (Exception e) {
                // "in progress" and "open a shift first" describe a moment, not the outcome: the
                // same key must be able to try again
                transientRefusal = e instanceof DomainException d && (d.kind() == DomainException.Kind.PAYMENT_IN_PROGRESS
                        || d.kind() == DomainException.Kind.SHIFT_REQUIRED);
                Problems.write(ctx, e);
            }
            if (ctx.statusCode() >= 500 || transientRefusal) {
                store.forget(account, key);
            } else {
                store.complete(account, key, ctx.statusCode(), ctx.res().getContentType(), ctx.result());
            }
        };
    }

    private static void replay(Context ctx, IdempotencyStore.Recorded recorded, String hash) {
        if (!recorded.requestHash().equals(hash)) {
            throw new DomainException(DomainException.Kind.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request");
        }
        if (recorded.inProgress()) {
            throw new DomainException(DomainException.Kind.PAYMENT_IN_PROGRESS,
                    "A request with this Idempotency-Key is still being processed; try again shortly");
        }
        ctx.status(recorded.status()).header("Idempotent-Replayed", "true");
        if (recorded.contentType() != null) {
            ctx.contentType(recorded.contentType());
        }
        ctx.result(recorded.body() == null ? "" : recorded.body());
    }

    private static String requestHash(Context ctx) {
        return Hashes.sha256Hex((ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8),
                ctx.bodyAsBytes());
    }
}
