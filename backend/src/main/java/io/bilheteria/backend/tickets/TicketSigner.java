package io.bilheteria.backend.tickets;

import io.bilheteria.backend.storage.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;

/**
 * Signs and verifies ticket codes with Ed25519. The key pair is created on first start
 * and kept in the database, so it survives restarts and is shared by every backend
 * process on the same database.
 */
public final class TicketSigner {
    private static final String KEY_ID = "tickets";
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private TicketSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static TicketSigner loadOrCreate(Transactions tx, Clock clock) {
        return tx.withHandle(h -> {
            var stored = h.createQuery("SELECT private_key, public_key FROM signing_keys WHERE id = :id")
                    .bind("id", KEY_ID)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne();
            if (stored.isEmpty()) {
                KeyPair pair = generate();
                Base64.Encoder b64 = Base64.getEncoder();
                // another process may create its key at the same moment: the first insert wins, all read it back
                h.createUpdate("INSERT INTO signing_keys (id, algorithm, private_key, public_key, created_at) "
                                + "SELECT :id, 'Ed25519', :priv, :pub, :now WHERE NOT EXISTS "
                                + "(SELECT 1 FROM signing_keys WHERE id = :id)")
                        .bind("id", KEY_ID).bind("priv", b64.encodeToString(pair.getPrivate().getEncoded()))
                        .bind("pub", b64.encodeToString(pair.getPublic().getEncoded())).bind("now", clock.millis())
                        .execute();
                stored = h.createQuery("SELECT private_key, public_key FROM signing_keys WHERE id = :id")
                        .bind("id", KEY_ID)
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne();
            }
            String[] keys = stored.orElseThrow();
            return fromEncoded(keys[0], keys[1]);
        });
    }

    static TicketSigner fromEncoded(String privateB64, String publicB64) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            Base64.Decoder b64 = Base64.getDecoder();
            return new TicketSigner(
                    factory.generatePrivate(new PKCS8EncodedKeySpec(b64.decode(privateB64))),
                    factory.generatePublic(new X509EncodedKeySpec(b64.decode(publicB64))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored ticket key is unreadable", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    public String sign(TicketCode code) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(code.signedPart().getBytes(StandardCharsets.US_ASCII));
            return code.signedPart() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign ticket", e);
        }
    }

    public boolean verify(TicketCode.Parsed parsed) {
        return verify(publicKey, parsed);
    }

    /** Verification with only the public key: what an offline gate does. */
    public static boolean verify(PublicKey key, TicketCode.Parsed parsed) {
        try {
            byte[] sig = Base64.getUrlDecoder().decode(parsed.signature());
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(parsed.code().signedPart().getBytes(StandardCharsets.US_ASCII));
            return signature.verify(sig);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Base64 of the X.509 encoding, as served to gates. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }
}
