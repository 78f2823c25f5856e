package io.bilheteria.api.tickets;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks a scanned ticket or voucher code against the backend's public key, offline, with the JDK's
 * own Ed25519 (no extra dependency for the apps). About 1 ms a verification on the 2-core
 * reference machine, well inside the gate's 30 ms budget; see docs/benchmarks.md. Thread-safe.
 */
public final class TicketVerifier {
    private final PublicKey publicKey;
    private final String publicKeyBase64;
    // a Signature is not thread-safe; after verify() it is ready for the next message with the same key
    private final ThreadLocal<Signature> verifiers;

    private TicketVerifier(PublicKey publicKey, String publicKeyBase64) {
        this.publicKey = publicKey;
        this.publicKeyBase64 = publicKeyBase64;
        this.verifiers = ThreadLocal.withInitial(this::newVerifier);
    }

    /**
     * From the key as {@code GET /checkin/public-key} serves it: base64 of the X.509 encoding.
     *
     * @throws IllegalArgumentException when it is not an Ed25519 public key
     */
    public static TicketVerifier fromBase64X509(String publicKeyBase64) {
        try {
            byte[] x509 = Base64.getDecoder().decode(publicKeyBase64.strip());
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
            return new TicketVerifier(key, publicKeyBase64.strip());
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    /** The key this verifier checks against, as it was given. */
    public String publicKeyBase64() {
        return publicKeyBase64;
    }

    /** The ticket a scanned text claims, if it is shaped like a ticket and its signature is the backend's. */
    public Optional<TicketCode> verify(String scanned) {
        return TicketCode.parse(scanned).filter(this::verify).map(TicketCode.Parsed::code);
    }

    /** True when the signature covers exactly these claims: any changed character fails. */
    public boolean verify(TicketCode.Parsed parsed) {
        return verified(parsed.signedBytes(), parsed.signatureBytes());
    }

    /**
     * A product voucher, signed with the tickets' key under its own prefix: a concession counter
     * checks it offline with the key its gates use.
     */
    public boolean verify(VoucherCode.Parsed parsed) {
        return verified(parsed.signedBytes(), parsed.signatureBytes());
    }

    private boolean verified(byte[] message, Optional<byte[]> signature) {
        if (signature.isEmpty()) {
            return false;
        }
        Signature verifier = verifiers.get();
        try {
            verifier.update(message);
            return verifier.verify(signature.get());
        } catch (java.security.SignatureException malformed) {
            // a failed verify may leave the object mid-message: start the next one afresh
            verifiers.remove();
            return false;
        }
    }

    private Signature newVerifier() {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable in this JDK", e);
        }
    }
}
