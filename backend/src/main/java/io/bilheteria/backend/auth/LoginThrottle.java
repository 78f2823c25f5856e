package io.bilheteria.backend.auth;

import io.bilheteria.backend.common.AccountLockedException;
import io.bilheteria.backend.common.Hashes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

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
 *   <li>Attempts under way at once count as failures to come: an address or username may have
 *   only as many under way as it could still fail freely (one at a time once it has to wait), in
 *   a process, so that parallel guesses cannot outrun the count.</li>
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
    /** The longest username an account can have (accounts.username). */
    private static final int MAX_USERNAME = 200;

    private final LoginFailureRepository store;
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();
    /** Attempts under way in this process, by "address ..." and "username ...". */
    private final Map<String, Integer> underWay = new ConcurrentHashMap<>();

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

    LoginThrottle(LoginFailureRepository store) {
        this.store = store;
    }

    /**
     * Admits one attempt of {@code typedName} (normalised already) from {@code client}, or refuses
     * it. The caller reports the outcome to the attempt and closes it.
     *
     * @throws AccountLockedException when the attempt must wait
     */
    Attempt begin(String typedName, String client, long now) {
        String username = storedName(typedName);
        long forgetBefore = now - FORGET_FAILURES_AFTER.toMillis();
        long trustSince = now - TRUST_ADDRESS_FOR.toMillis();
        Failures fromClient = clients.get(client);
        String clientKey = admit("address " + client,
                fromClient == null || fromClient.lastAt() < forgetBefore ? null : fromClient, CLIENT_MAX_DELAY, now,
                () -> store.isTerminal(client, trustSince));
        try {
            String userKey = admit("username " + username, store.of(username, forgetBefore).orElse(null),
                    ACCOUNT_MAX_DELAY, now, () -> store.signedInFrom(username, client, trustSince));
            return new Attempt(username, client, clientKey, userKey);
        } catch (RuntimeException refusedOrFailed) {
            leave(clientKey);
            throw refusedOrFailed;
        }
    }

    /**
     * Admits an attempt on one count of failures ({@code failures}, null for none): refuses it
     * while the count must wait, or while as many attempts are under way as could still fail
     * before it must (one, once it has). Answers the key under which it is now under way, or null
     * when {@code exempt} says this count does not hold it back.
     */
    private String admit(String key, Failures failures, Duration maxDelay, long now, BooleanSupplier exempt) {
        long until = failures == null ? 0 : failures.waitUntil(maxDelay);
        if (until > now) {
            if (exempt.getAsBoolean()) {
                return null;
            }
            throw refusal(until - now);
        }
        int room = Math.max(1, FREE_FAILURES - (failures == null ? 0 : failures.count()));
        boolean[] entered = {false};
        underWay.compute(key, (k, n) -> {
            int running = n == null ? 0 : n;
            if (running >= room) {
                return n;
            }
            entered[0] = true;
            return running + 1;
        });
        if (entered[0]) {
            return key;
        }
        if (exempt.getAsBoolean()) {
            return null;
        }
        throw refusal(FIRST_DELAY.toMillis());
    }

    private void leave(String key) {
        if (key != null) {
            underWay.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /**
     * The name as its failures are stored: a name longer than any account's can be none, and is
     * counted by its hash, which fits the column.
     */
    private static String storedName(String username) {
        return username.length() <= MAX_USERNAME ? username : "#" + Hashes.sha256Hex(username);
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
            leave(userKey);
            leave(clientKey);
        }
    }
}
