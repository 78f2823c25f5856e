package io.bilheteria.backend.tickets;

import io.bilheteria.backend.storage.Transactions;
import java.util.Optional;

/** The ticket signing key pair ({@code signing_keys}), its private half sealed. */
final class SigningKeyRepository {
    private final Transactions tx;

    SigningKeyRepository(Transactions tx) {
        this.tx = tx;
    }

    /** A row of {@code signing_keys}; {@code sealing} null for a private key kept in plain text. */
    record StoredKey(String privateKey, String sealing, String publicKey) {
    }

    Optional<StoredKey> find(String keyId) {
        return tx.withHandle(h -> h.createQuery("SELECT private_key, private_key_sealing, public_key FROM signing_keys "
                        + "WHERE id = :id")
                .bind("id", keyId)
                .map((rs, ctx) -> new StoredKey(rs.getString(1), rs.getString(2), rs.getString(3))).findOne());
    }

    /** Inserts the key unless there is one: when processes create theirs at the same moment, the first insert wins. */
    void insertIfAbsent(String keyId, StoredKey key, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO signing_keys (id, algorithm, private_key, private_key_sealing, "
                        + "public_key, created_at) SELECT :id, 'Ed25519', :priv, :sealing, :pub, :now WHERE NOT EXISTS "
                        + "(SELECT 1 FROM signing_keys WHERE id = :id)")
                .bind("id", keyId).bind("priv", key.privateKey()).bind("sealing", key.sealing())
                .bind("pub", key.publicKey()).bind("now", now)
                .execute());
    }

    /** Seals a private key kept in plain text, unless another process sealed it first. */
    void sealInPlace(String keyId, String sealedPrivateKey, String sealing) {
        tx.withHandle(h -> h.createUpdate("UPDATE signing_keys SET private_key = :sealed, private_key_sealing = :sealing "
                        + "WHERE id = :id AND private_key_sealing IS NULL")
                .bind("sealed", sealedPrivateKey).bind("sealing", sealing).bind("id", keyId).execute());
    }
}
