package io.bilheteria.backend.tickets;

import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.api.tickets.VoucherCode;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.SigningKeyRepository.StoredKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs and verifies ticket codes with Ed25519 (Bouncy Castle's implementation: JDK 17's
 * takes about 1.3 ms a signature on this machine, a ceiling of a few hundred tickets a
 * second per core; Bouncy Castle's takes 0.07 ms and gives the same bytes). The key pair is created on first start
 * and kept in the database, so it survives restarts and is shared by every backend
 * process on the same database.
 *
 * <p>The private half is kept sealed (AES-256-GCM) with a key-encryption key that never enters
 * the database ({@link KeyEncryption}): a copy of the database cannot sign tickets. A key
 * stored in plain text by an older version is sealed in place at the first start with a KEK,
 * the same pair, so every ticket already sold still verifies. A KEK that does not open the
 * stored key stops the start ({@link TicketKeyException}); a new key is never made over an old one.
 *
 * <p>Rotation (README, "Ticket signing key"). Ticket codes ({@code BT1}) carry no key id, and
 * gates hold one public key, so a new pair makes every ticket signed with the old one fail at
 * the gates. Until codes carry a key id, the pair is rotated only once the sessions of every
 * ticket it signed are over: stop the backends, delete the {@code signing_keys} row, start
 * them (with a new KEK if that is rotated too): the first makes and seals a new pair, and
 * gates fetch the new public key at their first sync after opening. The KEK alone cannot yet be changed under
 * a live pair: there is no re-sealing command.
 */
public final class TicketSigner {
    private static final Logger log = LoggerFactory.getLogger(TicketSigner.class);
    private static final String KEY_ID = "tickets";
    private static final String SEALING = "AES-256-GCM";
    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKeyParameters publicKey;
    private final byte[] publicKeyX509;

    private TicketSigner(Ed25519PrivateKeyParameters privateKey, Ed25519PublicKeyParameters publicKey,
                         byte[] publicKeyX509) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publicKeyX509 = publicKeyX509;
    }

    /**
     * The database's key pair, created and sealed on the very first start, sealed in place when
     * an older version left it in plain text, opened with the key-encryption key otherwise.
     *
     * @throws TicketKeyException when the key-encryption key is missing or is not the one that sealed the key
     */
    public static TicketSigner loadOrCreate(Transactions tx, Clock clock, KeyEncryption encryption, String jdbcUrl,
                                            Path dataDir) {
        KeyEncryption.Source kek = encryption.source(jdbcUrl, dataDir);
        SigningKeyRepository keys = new SigningKeyRepository(tx);
        Optional<StoredKey> stored = keys.find(KEY_ID);
        if (stored.isEmpty()) {
            KeyEncryptionKey sealing = kek.forSealing().get();
            KeyPair pair = generate();
            String publicB64 = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            // another process may create its key at the same moment: the first insert wins, all read it back
            keys.insertIfAbsent(KEY_ID, new StoredKey(sealing.seal(pair.getPrivate().getEncoded(), bound(publicB64)),
                    SEALING, publicB64), clock.millis());
            stored = keys.find(KEY_ID);
        }
        StoredKey key = stored.orElseThrow();
        if (key.sealing() == null) {
            KeyEncryptionKey sealing = kek.forSealing().get();
            byte[] plain = Base64.getDecoder().decode(key.privateKey());
            fromEncoded(plain, key.publicKey());
            // conditional: a second process sealing at the same moment leaves the first one's sealing
            keys.sealInPlace(KEY_ID, sealing.seal(plain, bound(key.publicKey())), SEALING);
            log.info("the ticket signing key was stored in plain text: sealed it in place with the key-encryption "
                    + "key from {}", sealing.origin());
            key = keys.find(KEY_ID).orElseThrow();
        }
        if (!SEALING.equals(key.sealing())) {
            throw new TicketKeyException("the ticket signing key in the database is sealed with " + key.sealing()
                    + ", which this backend cannot open");
        }
        byte[] opened = kek.forOpening().get().open(key.privateKey(), bound(key.publicKey()));
        return fromEncoded(opened, key.publicKey());
    }

    /** What a sealed key is bound to: its row and its public half, so it cannot be moved to another. */
    private static byte[] bound(String publicB64) {
        return ("bilheteria signing key " + KEY_ID + " " + publicB64).getBytes(StandardCharsets.US_ASCII);
    }

    private static TicketSigner fromEncoded(byte[] privatePkcs8, String publicB64) {
        try {
            byte[] publicX509 = Base64.getDecoder().decode(publicB64);
            var privateParams = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(privatePkcs8);
            var publicParams = (Ed25519PublicKeyParameters) PublicKeyFactory.createKey(publicX509);
            if (!Arrays.equals(privateParams.generatePublicKey().getEncoded(), publicParams.getEncoded())) {
                throw new TicketKeyException("the ticket signing key's private and public halves in the database do "
                        + "not belong together");
            }
            return new TicketSigner(privateParams, publicParams, publicX509);
        } catch (IOException | ClassCastException | IllegalArgumentException e) {
            throw new TicketKeyException("the ticket signing key in the database is unreadable", e);
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
        return signed(code.signedPart());
    }

    /** A product voucher's code, signed with the tickets' key (a counter checks it offline with the gates' key). */
    public String sign(VoucherCode code) {
        return signed(code.signedPart());
    }

    private String signed(String claims) {
        byte[] message = claims.getBytes(StandardCharsets.US_ASCII);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.generateSignature());
    }

    /**
     * Bouncy Castle verifies in about a tenth of the JDK's time, which matters when a gate
     * syncs hundreds of offline scans at once; the gate itself uses the shared
     * {@link io.bilheteria.api.tickets.TicketVerifier}.
     */
    public boolean verify(TicketCode.Parsed parsed) {
        return verified(parsed.signedBytes(), parsed.signatureBytes());
    }

    public boolean verify(VoucherCode.Parsed parsed) {
        return verified(parsed.signedBytes(), parsed.signatureBytes());
    }

    private boolean verified(byte[] message, Optional<byte[]> signature) {
        if (signature.isEmpty()) {
            return false;
        }
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
