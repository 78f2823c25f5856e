package io.bilheteria.backend.web;

import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Hashes;
import io.bilheteria.backend.idempotency.IdempotencyStore;
import io.bilheteria.backend.storage.Transactions;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Wraps a state-changing handler: the first call with a given {@code Idempotency-Key}
 * runs, later ones get the recorded answer (marked {@code Idempotent-Replayed: true}).
 * Server-side failures (5xx) and "payment in progress" are not recorded, so they can be
 * retried. The record lives in the database, so this holds across backend processes
 * sharing one database.
 */
public final class Idempotent {
    public static final String HEADER = "Idempotency-Key";
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final IdempotencyStore store;
    private final Transactions tx;

    public Idempotent(IdempotencyStore store, Transactions tx) {
        this.store = store;
        this.tx = tx;
    }

    /**
     * For calls that change nothing but this database: the key's record, the call's work and
     * its answer commit as one transaction. A refused call is rolled back and its answer
     * recorded after; a concurrent call with the same key waits for this one and replays it.
     */
    public Handler inOneTransaction(Handler handler) {
        return ctx -> {
            String key = key(ctx);
            if (key == null) {
                handler.handle(ctx);
                return;
            }
            String account = Authentication.principal(ctx).accountId();
            String hash = requestHash(ctx);
            Optional<IdempotencyStore.Recorded> earlier;
            try {
                earlier = tx.inCallTransaction(h -> {
                    if (!store.claimInCall(account, key, hash)) {
                        return store.find(account, key);
                    }
                    try {
                        handler.handle(ctx);
                    } catch (Exception e) {
                        throw new Refused(e); // rolls the call back; its answer is recorded below
                    }
                    store.complete(account, key, ctx.statusCode(), ctx.res().getContentType(), ctx.result());
                    return Optional.empty();
                });
            } catch (Refused refused) {
                Problems.write(ctx, refused.getCause());
                if (ctx.statusCode() < 500 && !isMomentary(refused.getCause())) {
                    store.record(account, key, hash, ctx.statusCode(), ctx.res().getContentType(), ctx.result());
                }
                return;
            } catch (RuntimeException e) {
                if (!Transactions.isUniqueViolation(e)) {
                    throw e;
                }
                earlier = store.find(account, key); // the same key's other call committed first
            }
            if (earlier.isPresent()) {
                replay(ctx, earlier.get(), hash);
            }
        };
    }

    /** A checked or domain failure of the handler, carried out of the call's transaction to roll it back. */
    private static final class Refused extends RuntimeException {
        Refused(Exception cause) {
            super(cause);
        }

        @Override
        public synchronized Exception getCause() {
            return (Exception) super.getCause();
        }
    }

    private static String key(Context ctx) {
        String key = ctx.header(HEADER);
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 200) {
            throw DomainException.invalid("'Idempotency-Key' is longer than 200 characters");
        }
        return key;
    }

    private static boolean isMomentary(Exception e) {
        return e instanceof DomainException d && d.kind().momentary();
    }

    public Handler wrap(Handler handler) {
        return ctx -> {
            String key = key(ctx);
            if (key == null) {
                handler.handle(ctx);
                return;
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
                transientRefusal = isMomentary(e);
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
