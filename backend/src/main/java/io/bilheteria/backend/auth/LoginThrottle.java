package io.bilheteria.backend.auth;

import io.bilheteria.backend.common.AccountLockedException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down without handing anyone a way to lock staff out.
 *
 * <ul>
 *   <li><b>Per client address</b> (kept in this process): after {@value #FREE_FAILURES} failed
 *   logins from one address within a day, whatever the usernames and whatever succeeded between
 *   them (so a guesser cannot reset the count with an account of their own), its next attempt must
 *   wait {@link #FIRST_DELAY} after its last failure, and each further failure doubles the wait,
 *   up to {@link #CLIENT_MAX_DELAY}. Only that address is slowed. A venue's terminal (an address
 *   where a staff or terminal account, not a customer, signed in within {@link #TRUST_ADDRESS_FOR})
 *   is exempt: many people type there, and a guesser would have to stand at it.</li>
 *   <li><b>Per username</b> (in the database, so every backend sharing it counts together, and
 *   kept for names that no account has exactly as for real ones): after
 *   {@value #FREE_FAILURES} failures in a row, from any addresses, an attempt must wait
 *   {@link #FIRST_DELAY} after the last failure, doubling, but never more than
 *   {@link #ACCOUNT_MAX_DELAY}: failures made elsewhere hold a user back by that much at most.
 *   An address the username signed in from within {@link #TRUST_ADDRESS_FOR} (the cashier's own
 *   desk) is not held back by the username's count at all, only by its own address's. A success
 *   forgets the username's failures.</li>
 *   <li>Failures are forgotten {@link #FORGET_FAILURES_AFTER} after the last one.</li>
 *   <li>One attempt at a time per address and per username in a process: a concurrent one is
 *   refused, so that parallel guesses cannot outrun the count.</li>
 *   <li>A refused attempt is not checked (no password is compared, so even the right one does not
 *   get in, and it costs no hashing) and not counted. Every refusal answers alike, for a real
 *   account and an unknown name: {@link AccountLockedException} (401 {@code account-locked}) with
 *   the whole seconds to wait.</li>
 * </ul>
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration CLIENT_MAX_DELAY = Duration.ofMinutes(15);
    static final Duration ACCOUNT_MAX_DELAY = Duration.ofSeconds(30);
    static final Duration FORGET_FAILURES_AFTER = Duration.ofDays(1);
    static final Duration TRUST_ADDRESS_FOR = Duration.ofDays(90);
    /** Addresses whose failures are kept in memory; past it the harmless ones are forgotten. */
    private static final int MAX_CLIENTS = 100_000;

    private final LoginFailures store;
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** {@code count} failures in a row, the last at {@code lastAt} (epoch millis). */
    record Failures(int count, long lastAt) {
        /** When the next attempt may be made, with waits doubling from the first one up to {@code max}. */
        long waitUntil(Duration max) {
            if (count < FREE_FAILURES) {
                return 0;
            }
            long doublings = Math.min(30, count - FREE_FAILURES);
            return lastAt + Math.min(max.toMillis(), FIRST_DELAY.toMillis() << doublings);
        }
    }

    LoginThrottle(LoginFailures store) {
        this.store = store;
    }

    /**
     * Admits one attempt of {@code username} from {@code client}, or refuses it. The caller
     * reports the outcome to the attempt and closes it.
     *
     * @throws AccountLockedException when the attempt must wait
     */
    Attempt begin(String username, String client, long now) {
        String clientKey = "address " + client;
        String userKey = "username " + username;
        if (!inFlight.add(clientKey)) {
            throw refusal(FIRST_DELAY.toMillis());
        }
        try {
            long forgetBefore = now - FORGET_FAILURES_AFTER.toMillis();
            long trustSince = now - TRUST_ADDRESS_FOR.toMillis();
            Failures fromClient = clients.get(client);
            if (fromClient != null && fromClient.lastAt() >= forgetBefore
                    && fromClient.waitUntil(CLIENT_MAX_DELAY) > now && !store.isTerminal(client, trustSince)) {
                refuseUntil(fromClient.waitUntil(CLIENT_MAX_DELAY), now);
            }
            Optional<Failures> ofUser = store.of(username, forgetBefore);
            if (ofUser.isPresent() && ofUser.get().waitUntil(ACCOUNT_MAX_DELAY) > now
                    && !store.signedInFrom(username, client, trustSince)) {
                refuseUntil(ofUser.get().waitUntil(ACCOUNT_MAX_DELAY), now);
            }
            if (!inFlight.add(userKey)) {
                throw refusal(FIRST_DELAY.toMillis());
            }
        } catch (RuntimeException refusedOrFailed) {
            inFlight.remove(clientKey);
            throw refusedOrFailed;
        }
        return new Attempt(username, client, clientKey, userKey);
    }

    /** Forgets the failures of addresses that have had none for a day, and purges the database's. */
    int purge(long now) {
        long forgetBefore = now - FORGET_FAILURES_AFTER.toMillis();
        clients.values().removeIf(f -> f.lastAt() < forgetBefore);
        return store.purge(forgetBefore, now - TRUST_ADDRESS_FOR.toMillis());
    }

    private static void refuseUntil(long until, long now) {
        if (until > now) {
            throw refusal(until - now);
        }
    }

    /** The wait in whole seconds, rounded up: a client that waits as told is not refused again. */
    private static AccountLockedException refusal(long waitMillis) {
        return new AccountLockedException(Duration.ofSeconds((waitMillis + 999) / 1000));
    }

    private void clientFailed(String client, long now) {
        if (clients.size() >= MAX_CLIENTS) {
            long forgetBefore = now - FORGET_FAILURES_AFTER.toMillis();
            clients.values().removeIf(f -> f.lastAt() < forgetBefore || f.count() < FREE_FAILURES);
            if (clients.size() >= MAX_CLIENTS) {
                clients.clear(); // bounded memory first: so many addresses defeat a per-address count anyway
            }
        }
        clients.compute(client, (address, before) -> before == null
                || before.lastAt() < now - FORGET_FAILURES_AFTER.toMillis()
                ? new Failures(1, now) : new Failures(before.count() + 1, now));
    }

    /** One admitted login attempt; report how it went, then close it. */
    final class Attempt implements AutoCloseable {
        private final String username;
        private final String client;
        private final String clientKey;
        private final String userKey;

        private Attempt(String username, String client, String clientKey, String userKey) {
            this.username = username;
            this.client = client;
            this.clientKey = clientKey;
            this.userKey = userKey;
        }

        void failed(long now) {
            clientFailed(client, now);
            store.failed(username, now, now - FORGET_FAILURES_AFTER.toMillis());
        }

        void succeeded(long now) {
            store.succeeded(username, client, now);
        }

        @Override
        public void close() {
            inFlight.remove(userKey);
            inFlight.remove(clientKey);
        }
    }
}
