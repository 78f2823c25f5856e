package io.bilheteria.backend.auth;

import io.bilheteria.api.auth.LoginResponse;
import io.bilheteria.api.auth.PasswordHasher;
import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.common.AccountLockedException;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Hashes;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.storage.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Logs accounts in and out and resolves bearer tokens. Tokens are random, live as long as
 * {@link TokenLifetimes} says for the account's role, and are stored only as hashes. Password
 * guessing is slowed by a {@link LoginThrottle}. Resolved tokens are kept in memory until a
 * revocation anywhere ({@link TokenRevocations}) or {@link #CACHE_FOR}, whichever comes first.
 */
public final class AuthService {
    /** A bound on keeping a resolved token in memory, should its row change by other means. */
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final int CACHE_MAX = 10_000;

    private final Transactions tx;
    private final AccountRepository accounts;
    private final TokenRepository tokens;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final TokenLifetimes tokenLifetimes;
    private final LoginThrottle throttle;
    private final TokenRevocations revocations;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;
    private final Map<String, CachedPrincipal> cache = new ConcurrentHashMap<>();

    /** A token resolved while the revocation count was {@code epoch}. */
    private record CachedPrincipal(Principal principal, long tokenExpiresAt, long cachedUntil, long epoch) {
    }

    public AuthService(Transactions tx, PasswordHasher hasher, Clock clock, TokenLifetimes tokenLifetimes) {
        this.tx = tx;
        this.accounts = new AccountRepository(tx);
        this.tokens = new TokenRepository(tx);
        this.hasher = hasher;
        this.clock = clock;
        this.tokenLifetimes = tokenLifetimes;
        this.throttle = new LoginThrottle(new LoginFailureRepository(tx));
        this.revocations = new TokenRevocations(tokens, clock);
        this.dummyHash = hasher.hash("not-a-password");
    }

    /**
     * Logs {@code username} in from {@code client} (the caller's address).
     *
     * @throws AccountLockedException when the {@link LoginThrottle} makes the attempt wait
     */
    public LoginResponse login(String username, String password, String client) {
        if (username == null || password == null || username.isBlank() || password.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "Wrong username or password");
        }
        String name = normalizeUsername(username);
        long now = clock.millis();
        try (LoginThrottle.Attempt attempt = throttle.begin(name, client, now)) {
            Optional<AccountRepository.Credentials> found = accounts.credentials(name);
            // an unknown name costs a real check too: no telling names apart by time
            boolean matches = passwordMatches(password,
                    found.map(AccountRepository.Credentials::passwordHash).orElse(null));
            if (found.isEmpty() || !found.get().enabled() || !matches) {
                attempt.failed(clock.millis());
                throw new DomainException(DomainException.Kind.UNAUTHORIZED, "Wrong username or password");
            }
            attempt.succeeded(clock.millis());
            AccountRepository.Credentials account = found.get();
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            long expiresAt = now + tokenLifetimes.of(account.role()).toMillis();
            tx.inTransaction(() -> tokens.insert(Hashes.sha256Hex(token), account.id(), expiresAt, now));
            return new LoginResponse(token, account.role(), Instant.ofEpochMilli(expiresAt), account.customerId());
        }
    }

    /**
     * Revokes {@code token} on every backend sharing the database: here at once, elsewhere within
     * {@link TokenRevocations#READ_EVERY}.
     */
    public void logout(String token) {
        String hash = Hashes.sha256Hex(token);
        tx.inTransaction(() -> {
            tokens.delete(hash);
            revokeTokens();
        });
        cache.remove(hash);
    }

    /** An account made at a box office has no password (null): nothing matches it, at a real check's cost. */
    private boolean passwordMatches(String password, String storedHash) {
        if (storedHash == null) {
            hasher.verify(password, dummyHash);
            return false;
        }
        return hasher.verify(password, storedHash);
    }

    /** The principal behind a bearer token, or empty when it is unknown or expired. */
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Hashes.sha256Hex(token);
        long epoch = revocations.epoch(); // read before the token: a revocation after it shows as a new count
        long now = clock.millis();
        CachedPrincipal cached = cache.get(hash);
        if (cached != null && cached.epoch() == epoch && cached.cachedUntil() > now
                && cached.tokenExpiresAt() > now) {
            return Optional.of(cached.principal());
        }
        Optional<CachedPrincipal> loaded = tokens.resolve(hash, now)
                .map(r -> new CachedPrincipal(r.principal(), r.expiresAt(), now + CACHE_FOR.toMillis(), epoch));
        loaded.ifPresentOrElse(p -> {
            if (cache.size() >= CACHE_MAX) {
                cache.clear();
            }
            cache.put(hash, p);
        }, () -> cache.remove(hash));
        return loaded.map(CachedPrincipal::principal);
    }

    /**
     * Creates an account, in the caller's transaction; used by demo data and the admin's staff
     * accounts. A username in use is a 409 "taken".
     */
    public String createAccount(String username, String password, Role role, String partnerId) {
        return createAccount(username, password, role, partnerId,
                () -> DomainException.conflict("The username '" + normalizeUsername(username) + "' is taken"));
    }

    /**
     * Creates an account in the caller's transaction, or throws {@code whenTaken} if its username
     * is in use, also when a concurrent call created it between the check and the insert (the
     * unique key decides). A null password (a customer registered at a box office) makes an
     * account nobody can log in to.
     */
    public String createAccount(String username, String password, Role role, String partnerId,
                                Supplier<DomainException> whenTaken) {
        String name = normalizeUsername(username);
        if (accounts.usernameTaken(name)) {
            throw whenTaken.get();
        }
        String id = Ids.newId();
        if (!accounts.insert(id, name, password == null ? null : hasher.hash(password), role, partnerId,
                clock.millis())) {
            throw whenTaken.get();
        }
        return id;
    }

    private static String normalizeUsername(String username) {
        return username.trim().toLowerCase();
    }

    /** Sets an account's password, in the caller's transaction. */
    public void setPassword(String accountId, String password) {
        accounts.setPasswordHash(accountId, hasher.hash(password));
    }

    /**
     * Signs an account out everywhere, in the caller's transaction: deletes its tokens and
     * revokes the ones resolved anywhere ({@link #revokeTokens()}).
     */
    public void signOut(String accountId) {
        tx.inTransaction(() -> {
            tokens.deleteOfAccount(accountId);
            revokeTokens();
        });
    }

    /**
     * Within the caller's transaction (or one of its own), makes every backend sharing the
     * database look up again the tokens it resolved: after tokens were deleted, or an account or
     * partner disabled. This process forgets them once the transaction commits, the others within
     * {@link TokenRevocations#READ_EVERY}.
     */
    public void revokeTokens() {
        tx.inTransaction(() -> revocations.raise(cache::clear));
    }

    /** Deletes expired tokens and forgotten login failures; run by the periodic housekeeping. */
    public int purgeExpired() {
        long now = clock.millis();
        cache.values().removeIf(c -> c.tokenExpiresAt() <= now);
        return tokens.deleteExpired(now) + throttle.purge(now);
    }
}
