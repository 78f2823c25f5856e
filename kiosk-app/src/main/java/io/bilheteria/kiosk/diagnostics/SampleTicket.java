package io.bilheteria.kiosk.diagnostics;

import io.bilheteria.api.tickets.TicketCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;

/**
 * A ticket code made exactly as the backend makes real ones ({@link TicketCode}, Ed25519
 * over everything before the last dot, base64url signature), but signed with a key pair
 * made for it alone and then forgotten: it proves a printed QR scans and verifies, and no
 * gate of a real event accepts it.
 *
 * @param publicKey the key that verifies it, base64 of the X.509 encoding, as the backend serves its own
 */
public record SampleTicket(String qrPayload, String publicKey) {

    public static SampleTicket sign() {
        try {
            KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            TicketCode code = new TicketCode(UUID.randomUUID().toString(), 1, "sample-session", "sample-seat-A1");
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(code.signedPart().getBytes(StandardCharsets.US_ASCII));
            String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
            return new SampleTicket(code.signedPart() + "." + signature,
                    Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }
}
