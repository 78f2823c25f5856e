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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

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
        this.hasher = hasher;
        this.clock = clock;
        this.tokenLifetimes = tokenLifetimes;
        this.throttle = new LoginThrottle(new LoginFailures(tx));
        this.revocations = new TokenRevocations(tx, clock);
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
            Optional<AccountRow> found = tx.withHandle(h -> h.createQuery(
                            "SELECT a.id, a.password_hash, a.role, "
                                    + "a.enabled AND COALESCE(p.enabled, TRUE) AS enabled, c.id AS customer_id "
                                    + "FROM accounts a LEFT JOIN customers c ON c.account_id = a.id "
                                    + "LEFT JOIN partners p ON p.id = a.partner_id WHERE a.username = :u")
                    .bind("u", name)
                    .map((rs, ctx) -> new AccountRow(rs.getString("id"), rs.getString("password_hash"),
                            Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                            rs.getString("customer_id")))
                    .findOne());
            // an unknown name costs a real check too: no telling names apart by time
            boolean matches = passwordMatches(password, found.map(AccountRow::passwordHash).orElse(null));
            if (found.isEmpty() || !found.get().enabled() || !matches) {
                attempt.failed(clock.millis());
                throw new DomainException(DomainException.Kind.UNAUTHORIZED, "Wrong username or password");
            }
            attempt.succeeded(clock.millis());
            AccountRow account = found.get();
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            long expiresAt = now + tokenLifetimes.of(account.role()).toMillis();
            tx.useTransaction(h -> h.createUpdate("INSERT INTO auth_tokens (token_hash, account_id, expires_at, "
                            + "created_at) VALUES (:h, :a, :e, :n)")
                    .bind("h", Hashes.sha256Hex(token)).bind("a", account.id()).bind("e", expiresAt).bind("n", now)
                    .execute());
            return new LoginResponse(token, account.role(), Instant.ofEpochMilli(expiresAt), account.customerId());
        }
    }

    /**
     * Revokes {@code token} on every backend sharing the database: here at once, elsewhere within
     * {@link TokenRevocations#READ_EVERY}.
     */
    public void logout(String token) {
        String hash = Hashes.sha256Hex(token);
        tx.useTransaction(h -> {
            h.createUpdate("DELETE FROM auth_tokens WHERE token_hash = :h").bind("h", hash).execute();
            revokeTokens(h);
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
        Optional<CachedPrincipal> loaded = tx.withHandle(h -> h.createQuery(
                        "SELECT a.id, a.username, a.role, a.partner_id, t.expires_at, c.id AS customer_id "
                                + "FROM auth_tokens t JOIN accounts a ON a.id = t.account_id "
                                + "LEFT JOIN customers c ON c.account_id = a.id LEFT JOIN partners p ON p.id = a.partner_id "
                                + "WHERE t.token_hash = :h AND t.expires_at > :now AND a.enabled = TRUE "
                                + "AND COALESCE(p.enabled, TRUE) = TRUE")
                .bind("h", hash).bind("now", now)
                .map((rs, ctx) -> new CachedPrincipal(new Principal(rs.getString("id"), rs.getString("username"),
                        Role.valueOf(rs.getString("role")), rs.getString("partner_id"), rs.getString("customer_id")),
                        rs.getLong("expires_at"), now + CACHE_FOR.toMillis(), epoch))
                .findOne());
        loaded.ifPresentOrElse(p -> {
            if (cache.size() >= CACHE_MAX) {
                cache.clear();
            }
            cache.put(hash, p);
        }, () -> cache.remove(hash));
        return loaded.map(CachedPrincipal::principal);
    }

    /**
     * Creates an account; used by demo data and the admin's staff accounts. A username in use
     * is a 409 "taken".
     */
    public String createAccount(Handle h, String username, String password, Role role, String partnerId) {
        return createAccount(h, username, password, role, partnerId,
                () -> DomainException.conflict("The username '" + normalizeUsername(username) + "' is taken"));
    }

    /**
     * Creates an account, or throws {@code whenTaken} if its username is in use, also when a
     * concurrent call created it between the check and the insert (the unique key decides). A
     * null password (a customer registered at a box office) makes an account nobody can log in to.
     */
    public String createAccount(Handle h, String username, String password, Role role, String partnerId,
                                Supplier<DomainException> whenTaken) {
        String name = normalizeUsername(username);
        if (h.createQuery("SELECT COUNT(*) FROM accounts WHERE username = :u").bind("u", name)
                .mapTo(Integer.class).one() > 0) {
            throw whenTaken.get();
        }
        String id = Ids.newId();
        try {
            h.createUpdate("INSERT INTO accounts (id, username, password_hash, role, partner_id, created_at) "
                            + "VALUES (:id, :u, :p, :r, :partner, :now)")
                    .bind("id", id).bind("u", name)
                    .bind("p", password == null ? null : hasher.hash(password))
                    .bind("r", role.name()).bind("partner", partnerId).bind("now", clock.millis())
                    .execute();
        } catch (UnableToExecuteStatementException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw whenTaken.get();
            }
            throw e;
        }
        return id;
    }

    private static String normalizeUsername(String username) {
        return username.trim().toLowerCase();
    }

    /** Sets an account's password. */
    public void setPassword(Handle h, String accountId, String password) {
        h.createUpdate("UPDATE accounts SET password_hash = :p WHERE id = :id")
                .bind("p", hasher.hash(password)).bind("id", accountId).execute();
    }

    /**
     * Within the caller's transaction, makes every backend sharing the database look up again the
     * tokens it resolved: after tokens were deleted, or an account or partner disabled. This
     * process forgets them once the transaction commits, the others within
     * {@link TokenRevocations#READ_EVERY}.
     */
    public void revokeTokens(Handle h) {
        revocations.raise(h);
        h.afterCommit(() -> {
            cache.clear();
            revocations.readAgain();
        });
    }

    /** Deletes expired tokens and forgotten login failures; run by the periodic housekeeping. */
    public int purgeExpired() {
        long now = clock.millis();
        cache.values().removeIf(c -> c.tokenExpiresAt() <= now);
        return tx.withHandle(h -> h.createUpdate("DELETE FROM auth_tokens WHERE expires_at <= :now")
                .bind("now", now).execute()) + throttle.purge(now);
    }

    private record AccountRow(String id, String passwordHash, Role role, boolean enabled, String customerId) {
    }
}
