package io.bilheteria.api.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ticket codes signed here with the JDK, as the backend signs them, and checked as a gate checks them. */
class TicketVerifierTest {
    private static final TicketCode TICKET = new TicketCode("k3x7q2m9a1b4c5d6", 1, "s7h2j4k6m8n0p2q4", "1234");
    private final KeyPair keys = newKeys();
    private final TicketVerifier verifier = TicketVerifier.fromBase64X509(
            Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));

    @Test
    void aSignedCodeVerifiesAndGivesItsClaims() {
        assertThat(verifier.verify(sign(TICKET, keys))).contains(TICKET);
    }

    @Test
    void theScannersEnterAndCarriageReturnAreIgnored() {
        assertThat(verifier.verify(sign(TICKET, keys) + "\r\n")).contains(TICKET);
        assertThat(verifier.verify("  " + sign(TICKET, keys) + "\n")).contains(TICKET);
    }

    @Test
    void anyChangedClaimBreaksTheSignature() {
        String qr = sign(TICKET, keys);
        String signature = qr.substring(qr.lastIndexOf('.') + 1);

        assertThat(verifier.verify(new TicketCode(TICKET.ticketId(), 2, TICKET.sessionId(), TICKET.seatId())
                .signedPart() + "." + signature)).as("version raised").isEmpty();
        assertThat(verifier.verify(new TicketCode(TICKET.ticketId(), 1, TICKET.sessionId(), "1235")
                .signedPart() + "." + signature)).as("another seat").isEmpty();
        assertThat(verifier.verify(new TicketCode(TICKET.ticketId(), 1, "another0session0", TICKET.seatId())
                .signedPart() + "." + signature)).as("another session").isEmpty();
    }

    @Test
    void aChangedSignatureCharacterFails() {
        String qr = sign(TICKET, keys);
        char last = qr.charAt(qr.length() - 2);
        String tampered = qr.substring(0, qr.length() - 2) + (last == 'A' ? 'B' : 'A') + qr.charAt(qr.length() - 1);

        assertThat(verifier.verify(tampered)).isEmpty();
    }

    @Test
    void aCodeSignedWithAnotherKeyFails() {
        assertThat(verifier.verify(sign(TICKET, newKeys()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "BT1", "BT1.a.1.s.7", "BT2.a.1.s.7.sig", "BT1.a.x.s.7.sig", "BT1.a.1.s.7.sig.x",
            "BT1..1.s.7.sig", "BT1.a b.1.s.7.sig", "BT1.a.1.s.7.!!!", "https://example.com/ticket?id=1"})
    void textsThatAreNotShapedLikeATicketAreRefused(String scanned) {
        assertThat(TicketCode.parse(scanned)).isEmpty();
        assertThat(verifier.verify(scanned)).isEmpty();
    }

    @Test
    void anOverlongScanIsNotParsed() {
        assertThat(TicketCode.parse(sign(TICKET, keys) + " ".repeat(TicketCode.MAX_LENGTH))).isEmpty();
        assertThat(TicketCode.parse(null)).isEmpty();
    }

    @Test
    void aSignatureThatIsNotBase64OrHasTheWrongLengthIsRefusedWithoutThrowing() {
        assertThat(verifier.verify(TICKET.signedPart() + ".A")).isEmpty();
        assertThat(verifier.verify(TICKET.signedPart() + ".AAAA")).isEmpty();
        assertThat(verifier.verify(sign(TICKET, keys))).as("the verifier still works afterwards").contains(TICKET);
    }

    @Test
    void aVoucherSignedWithTheTicketsKeyVerifiesAndAChangedProductDoesNot() {
        VoucherCode popcorn = new VoucherCode("v3x7q2m9a1b4c5d6", "e7h2j4k6m8n0p2q4", "p1a2b3c4d5e6f7g8");
        String qr = sign(popcorn.signedPart(), keys);
        String signature = qr.substring(qr.lastIndexOf('.') + 1);
        String otherProduct = new VoucherCode(popcorn.voucherId(), popcorn.eventId(), "p9z9z9z9z9z9z9z9").signedPart()
                + "." + signature;

        assertThat(verifier.verify(VoucherCode.parse(qr + "\r\n").orElseThrow())).isTrue();
        assertThat(verifier.verify(VoucherCode.parse(otherProduct).orElseThrow())).isFalse();
        assertThat(verifier.verify(VoucherCode.parse(sign(popcorn.signedPart(), newKeys())).orElseThrow()))
                .as("signed with another key").isFalse();
    }

    @Test
    void aKeyThatIsNotAnEd25519PublicKeyIsRefused() {
        assertThatThrownBy(() -> TicketVerifier.fromBase64X509("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketVerifier.fromBase64X509(Base64.getEncoder().encodeToString(new byte[44])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String sign(TicketCode code, KeyPair keys) {
        return sign(code.signedPart(), keys);
    }

    private static String sign(String signedPart, KeyPair keys) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return signedPart + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
