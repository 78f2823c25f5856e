package io.bilheteria.backend.auth;

import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.storage.Transactions;
import java.util.Optional;

/**
 * Bearer tokens ({@code auth_tokens}, by hash) and the shared count of revocations
 * ({@code token_revocations}) that tells every backend to look its resolved tokens up again.
 */
final class TokenRepository {
    private final Transactions tx;

    TokenRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The principal behind a live token and when the token expires. */
    record Resolved(Principal principal, long expiresAt) {
    }

    void insert(String tokenHash, String accountId, long expiresAt, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO auth_tokens (token_hash, account_id, expires_at, "
                        + "created_at) VALUES (:h, :a, :e, :n)")
                .bind("h", tokenHash).bind("a", accountId).bind("e", expiresAt).bind("n", now)
                .execute());
    }

    /** The enabled account (of an enabled partner, if any) behind an unexpired token. */
    Optional<Resolved> resolve(String tokenHash, long now) {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT a.id, a.username, a.role, a.partner_id, t.expires_at, c.id AS customer_id "
                                + "FROM auth_tokens t JOIN accounts a ON a.id = t.account_id "
                                + "LEFT JOIN customers c ON c.account_id = a.id LEFT JOIN partners p ON p.id = a.partner_id "
                                + "WHERE t.token_hash = :h AND t.expires_at > :now AND a.enabled = TRUE "
                                + "AND COALESCE(p.enabled, TRUE) = TRUE")
                .bind("h", tokenHash).bind("now", now)
                .map((rs, ctx) -> new Resolved(new Principal(rs.getString("id"), rs.getString("username"),
                        Role.valueOf(rs.getString("role")), rs.getString("partner_id"), rs.getString("customer_id")),
                        rs.getLong("expires_at")))
                .findOne());
    }

    void delete(String tokenHash) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM auth_tokens WHERE token_hash = :h").bind("h", tokenHash)
                .execute());
    }

    void deleteOfAccount(String accountId) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM auth_tokens WHERE account_id = :id").bind("id", accountId)
                .execute());
    }

    int deleteExpired(long now) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM auth_tokens WHERE expires_at <= :now")
                .bind("now", now).execute());
    }

    long revocationEpoch() {
        return tx.withHandle(h -> h.createQuery("SELECT epoch FROM token_revocations WHERE id = 1")
                .mapTo(Long.class).one());
    }

    /** Counts a revocation in the transaction open on this thread; {@code afterCommit} runs once it commits. */
    void raiseRevocation(Runnable afterCommit) {
        tx.withHandle(h -> {
            h.createUpdate("UPDATE token_revocations SET epoch = epoch + 1 WHERE id = 1").execute();
            h.afterCommit(afterCommit);
            return null;
        });
    }
}
