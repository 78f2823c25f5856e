package io.bilheteria.api.checkin;

/** The ticket-signing key, base64 X.509, for gates that validate offline. */
public record PublicKeyInfo(String algorithm, String publicKey) {
}
