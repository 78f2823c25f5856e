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
 * Logs accounts in and resolves bearer tokens. Tokens are random, expire, and are
 * stored only as hashes. Repeated failures lock an account for a growing while.
 */
public final class AuthService {
    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration MAX_LOCK = Duration.ofMinutes(15);
    /** Resolved tokens are kept briefly so a busy sale does not hit the database for each call. */
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final int CACHE_MAX = 10_000;

    private final Transactions tx;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;
    private final Map<String, CachedPrincipal> cache = new ConcurrentHashMap<>();

    private record CachedPrincipal(Principal principal, long tokenExpiresAt, long cachedUntil) {
    }

    public AuthService(Transactions tx, PasswordHasher hasher, Clock clock, Duration tokenLifetime) {
        this.tx = tx;
        this.hasher = hasher;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.dummyHash = hasher.hash("not-a-password");
    }

    public LoginResponse login(String username, String password) {
        if (username == null || password == null || username.isBlank() || password.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "Wrong username or password");
        }
        String name = username.trim().toLowerCase();
        long now = clock.millis();
        Optional<AccountRow> found = tx.withHandle(h -> h.createQuery(
                        "SELECT a.id, a.username, a.password_hash, a.role, a.partner_id, a.failed_logins, a.locked_until, "
                                + "a.enabled AND COALESCE(p.enabled, TRUE) AS enabled, c.id AS customer_id FROM accounts a "
                                + "LEFT JOIN customers c ON c.account_id = a.id LEFT JOIN partners p ON p.id = a.partner_id "
                                + "WHERE a.username = :u")
                .bind("u", name)
                .map((rs, ctx) -> new AccountRow(rs.getString("id"), rs.getString("username"),
                        rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("partner_id"),
                        rs.getInt("failed_logins"), rs.getLong("locked_until"), rs.getBoolean("enabled"),
                        rs.getString("customer_id")))
                .findOne());
        if (found.isEmpty()) {
            hasher.verify(password, dummyHash); // same cost as a real check: no user enumeration by timing
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "Wrong username or password");
        }
        AccountRow account = found.get();
        if (account.lockedUntil() > now) {
            throw new AccountLockedException(Duration.ofMillis(account.lockedUntil() - now));
        }
        if (!account.enabled() || !passwordMatches(password, account.passwordHash())) {
            recordFailure(account, now);
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "Wrong username or password");
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        long expiresAt = now + tokenLifetime.toMillis();
        tx.useTransaction(h -> {
            h.createUpdate("UPDATE accounts SET failed_logins = 0, locked_until = 0 WHERE id = :id")
                    .bind("id", account.id()).execute();
            h.createUpdate("INSERT INTO auth_tokens (token_hash, account_id, expires_at, created_at) "
                            + "VALUES (:h, :a, :e, :n)")
                    .bind("h", Hashes.sha256Hex(token)).bind("a", account.id()).bind("e", expiresAt).bind("n", now)
                    .execute();
        });
        return new LoginResponse(token, account.role(), Instant.ofEpochMilli(expiresAt), account.customerId());
    }

    /** An account made at a box office has no password (null): nothing matches it, at a real check's cost. */
    private boolean passwordMatches(String password, String storedHash) {
        if (storedHash == null) {
            hasher.verify(password, dummyHash);
            return false;
        }
        return hasher.verify(password, storedHash);
    }

    private void recordFailure(AccountRow account, long now) {
        int failures = account.failedLogins() + 1;
        long lockedUntil = 0;
        if (failures >= FREE_FAILURES) {
            long factor = 1L << Math.min(10, failures - FREE_FAILURES);
            long lockMillis = Math.min(MAX_LOCK.toMillis(), FIRST_LOCK.toMillis() * factor);
            lockedUntil = now + lockMillis;
        }
        long lock = lockedUntil;
        tx.useTransaction(h -> h.createUpdate(
                        "UPDATE accounts SET failed_logins = :f, locked_until = :l WHERE id = :id")
                .bind("f", failures).bind("l", lock).bind("id", account.id()).execute());
    }

    /** The principal behind a bearer token, or empty when it is unknown or expired. */
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Hashes.sha256Hex(token);
        long now = clock.millis();
        CachedPrincipal cached = cache.get(hash);
        if (cached != null && cached.cachedUntil() > now && cached.tokenExpiresAt() > now) {
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
                        rs.getLong("expires_at"), now + CACHE_FOR.toMillis()))
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

    /** Sets an account's password and lifts any lock from failed logins. */
    public void setPassword(Handle h, String accountId, String password) {
        h.createUpdate("UPDATE accounts SET password_hash = :p, failed_logins = 0, locked_until = 0 WHERE id = :id")
                .bind("p", hasher.hash(password)).bind("id", accountId).execute();
    }

    /**
     * Drops the tokens resolved in this process, after an account or partner was disabled: the
     * next call of each looks in the database again. Other processes sharing the database
     * notice within {@link #CACHE_FOR}.
     */
    public void forgetCachedTokens() {
        cache.clear();
    }

    /** Deletes expired tokens; run by the periodic housekeeping. */
    public int purgeExpiredTokens() {
        long now = clock.millis();
        cache.values().removeIf(c -> c.tokenExpiresAt() <= now);
        return tx.withHandle(h -> h.createUpdate("DELETE FROM auth_tokens WHERE expires_at <= :now")
                .bind("now", now).execute());
    }

    private record AccountRow(String id, String username, String passwordHash, Role role, String partnerId,
                              int failedLogins, long lockedUntil, boolean enabled, String customerId) {
    }
}
