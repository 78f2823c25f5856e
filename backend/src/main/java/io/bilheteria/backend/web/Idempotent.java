package io.bilheteria.backend.web;

import io.bilheteria.backend.common.CallInProgressException;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.idempotency.IdempotencyRepository;
import io.bilheteria.backend.storage.Transactions;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps a state-changing handler: the first call with a given {@code Idempotency-Key}
 * runs, later ones get the recorded answer (marked {@code Idempotent-Replayed: true}).
 * Server-side failures (5xx) and "payment in progress" are not recorded, so they can be
 * retried. The record lives in the database, so this holds across backend processes
 * sharing one database. A call cut off before recording its answer (its process killed,
 * its database gone) is taken over by the first retry after its lease; a retry before that
 * is told when to come back instead of being kept waiting.
 */
public final class Idempotent {
    private static final Logger log = LoggerFactory.getLogger(Idempotent.class);
    public static final String HEADER = "Idempotency-Key";
    /** How long a repeat waits for the same key's call in progress before being told to come back. */
    private static final Duration PATIENCE = Duration.ofSeconds(1);
    private final IdempotencyRepository store;
    private final Transactions tx;

    public Idempotent(IdempotencyRepository store, Transactions tx) {
        this.store = store;
        this.tx = tx;
    }

    /**
     * For calls that change nothing but this database: the call's work and its answer, recorded
     * under the key, commit as one transaction, and the record costs that one insert. A repeat
     * whose key was recorded meanwhile finds out at that insert (a unique key refuses it, or
     * waits for a concurrent call's commit and then refuses it): its work is rolled back and the
     * recorded answer replayed. A refused call is rolled back and its answer recorded after.
     */
    public Handler inOneTransaction(Handler handler) {
        return ctx -> {
            String key = key(ctx);
            if (key == null) {
                handler.handle(ctx);
                return;
            }
            String account = Authentication.principal(ctx).accountId();
            String hash = RequestFingerprint.of(ctx);
            try {
                tx.inCallTransaction(() -> {
                    try {
                        handler.handle(ctx);
                    } catch (Transactions.Contended again) {
                        throw again; // the call runs again from its start
                    } catch (Exception e) {
                        throw new Refused(e); // rolls the call back; its answer is recorded below
                    }
                    store.record(account, key, hash, ctx.statusCode(), ctx.res().getContentType(), ctx.result());
                    return null;
                });
                return;
            } catch (Refused refused) {
                Optional<IdempotencyRepository.Recorded> earlier = store.find(account, key);
                if (earlier.isPresent()) {
                    replay(ctx, earlier.get(), hash); // refused because the first call with this key did the work
                    return;
                }
                Problems.write(ctx, refused.getCause());
                if (ctx.statusCode() < 500 && !isMomentary(refused.getCause())) {
                    store.recordUnlessRecorded(account, key, hash, ctx.statusCode(), ctx.res().getContentType(),
                            ctx.result());
                }
                return;
            } catch (RuntimeException e) {
                // a unique violation: the same key's other call committed first; any other failure (this
                // call lost every attempt to copies of itself, say) is answered by theirs when there is one
                Optional<IdempotencyRepository.Recorded> earlier = store.find(account, key);
                if (earlier.isEmpty()) {
                    throw e;
                }
                replay(ctx, earlier.get(), hash); // this call's work was rolled back
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
            String hash = RequestFingerprint.of(ctx);
            Optional<IdempotencyRepository.Recorded> earlier = store.claim(account, key, hash);
            if (earlier.isPresent() && earlier.get().inProgress()) {
                earlier = store.awaitCompletion(account, key, PATIENCE);
                if (earlier.isEmpty() || earlier.get().inProgress()) {
                    // the first call failed and was forgotten, or its lease ran out: run now if we may
                    earlier = store.claim(account, key, hash);
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
            try {
                if (ctx.statusCode() >= 500 || transientRefusal) {
                    store.forget(account, key);
                } else {
                    store.complete(account, key, ctx.statusCode(), ctx.res().getContentType(), ctx.result());
                }
            } catch (RuntimeException notRecorded) {
                // the work is done and its answer true; a retry after the lease runs the call again, and
                // the call's own work finds what this one did (a payment finds its payment row)
                log.warn("answer to {} not recorded for its Idempotency-Key: {}", ctx.path(), notRecorded.toString());
            }
        };
    }

    private void replay(Context ctx, IdempotencyRepository.Recorded recorded, String hash) {
        if (!recorded.requestHash().equals(hash)) {
            throw new DomainException(DomainException.Kind.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request");
        }
        if (recorded.inProgress()) {
            throw new CallInProgressException(store.leaseLeft(recorded));
        }
        ctx.status(recorded.status()).header("Idempotent-Replayed", "true");
        if (recorded.contentType() != null) {
            ctx.contentType(recorded.contentType());
        }
        ctx.result(recorded.body() == null ? "" : recorded.body());
    }
}
