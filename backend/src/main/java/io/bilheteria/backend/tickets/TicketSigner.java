package io.bilheteria.backend.tickets;

import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.backend.storage.Transactions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Signs and verifies ticket codes with Ed25519 (Bouncy Castle's implementation: JDK 17's
 * takes about 1.3 ms a signature on this machine, a ceiling of a few hundred tickets a
 * second per core; Bouncy Castle's takes 0.07 ms and gives the same bytes). The key pair is created on first start
 * and kept in the database, so it survives restarts and is shared by every backend
 * process on the same database.
 */
public final class TicketSigner {
    private static final String KEY_ID = "tickets";
    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKeyParameters publicKey;
    private final byte[] publicKeyX509;

    private TicketSigner(Ed25519PrivateKeyParameters privateKey, Ed25519PublicKeyParameters publicKey,
                         byte[] publicKeyX509) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publicKeyX509 = publicKeyX509;
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
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] publicX509 = b64.decode(publicB64);
            return new TicketSigner(
                    (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(b64.decode(privateB64)),
                    (Ed25519PublicKeyParameters) PublicKeyFactory.createKey(publicX509), publicX509);
        } catch (IOException | ClassCastException | IllegalArgumentException e) {
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
        byte[] message = code.signedPart().getBytes(StandardCharsets.US_ASCII);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return code.signedPart() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.generateSignature());
    }

    /**
     * Bouncy Castle verifies in about a tenth of the JDK's time, which matters when a gate
     * syncs hundreds of offline scans at once; the gate itself uses the shared
     * {@link io.bilheteria.api.tickets.TicketVerifier}.
     */
    public boolean verify(TicketCode.Parsed parsed) {
        var signature = parsed.signatureBytes();
        if (signature.isEmpty()) {
            return false;
        }
        byte[] message = parsed.signedBytes();
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, publicKey);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature.get());
    }

    /** Base64 of the X.509 encoding, as served to gates. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKeyX509);
    }
}
