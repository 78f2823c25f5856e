package io.bilheteria.backend.auth;

import java.time.Clock;
import java.time.Duration;

/**
 * The database's count of token revocations, which every backend sharing the database raises
 * when it revokes a token (a logout, a disabled account or partner). A backend reads it at most
 * once per {@link #READ_EVERY}, so a token it resolved before a revocation anywhere is looked up
 * again within that time, while a busy sale costs one small read a second, not one per call.
 */
final class TokenRevocations {
    static final Duration READ_EVERY = Duration.ofMillis(500);

    private final TokenRepository tokens;
    private final Clock clock;
    private final Object reading = new Object();
    private volatile long epoch;
    private volatile long readAt; // 0: never read

    TokenRevocations(TokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The count as of at most {@link #READ_EVERY} ago. A token resolved while this was the
     * count may be kept until the count changes.
     */
    long epoch() {
        if (clock.millis() - readAt < READ_EVERY.toMillis()) {
            return epoch;
        }
        synchronized (reading) {
            long now = clock.millis();
            if (now - readAt >= READ_EVERY.toMillis()) {
                epoch = tokens.revocationEpoch();
                readAt = now;
            }
            return epoch;
        }
    }

    /**
     * Counts a revocation within the transaction open on this thread; once it commits, this
     * process runs {@code afterCommit} and reads the count again.
     */
    void raise(Runnable afterCommit) {
        tokens.raiseRevocation(() -> {
            afterCommit.run();
            readAgain();
        });
    }

    /** Makes the next {@link #epoch()} read the database, e.g. right after this process revoked a token. */
    void readAgain() {
        readAt = 0;
    }
}
