package io.bilheteria.backend.auth;

import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.storage.Transactions;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The {@code accounts} table: who may log in, with what role, and their password hash. */
final class AccountRepository {
    private final Transactions tx;

    AccountRepository(Transactions tx) {
        this.tx = tx;
    }

    /** What a login checks of an account; {@code enabled} is false too when its partner is disabled. */
    record Credentials(String id, String passwordHash, Role role, boolean enabled, String customerId) {
    }

    Optional<Credentials> credentials(String username) {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT a.id, a.password_hash, a.role, "
                                + "a.enabled AND COALESCE(p.enabled, TRUE) AS enabled, c.id AS customer_id "
                                + "FROM accounts a LEFT JOIN customers c ON c.account_id = a.id "
                                + "LEFT JOIN partners p ON p.id = a.partner_id WHERE a.username = :u")
                .bind("u", username)
                .map((rs, ctx) -> new Credentials(rs.getString("id"), rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                        rs.getString("customer_id")))
                .findOne());
    }

    boolean usernameTaken(String username) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts WHERE username = :u")
                .bind("u", username).mapTo(Integer.class).one() > 0);
    }

    /**
     * Inserts an account, or answers false when the unique username refused it (a concurrent call
     * inserted it first): the transaction is then spoiled on PostgreSQL, and the caller must fail it.
     */
    boolean insert(String id, String username, String passwordHash, Role role, String partnerId, long now) {
        try {
            tx.withHandle(h -> h.createUpdate("INSERT INTO accounts (id, username, password_hash, role, partner_id, "
                            + "created_at) VALUES (:id, :u, :p, :r, :partner, :now)")
                    .bind("id", id).bind("u", username).bind("p", passwordHash)
                    .bind("r", role.name()).bind("partner", partnerId).bind("now", now)
                    .execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (Transactions.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    void setPasswordHash(String accountId, String passwordHash) {
        tx.withHandle(h -> h.createUpdate("UPDATE accounts SET password_hash = :p WHERE id = :id")
                .bind("p", passwordHash).bind("id", accountId).execute());
    }
}
