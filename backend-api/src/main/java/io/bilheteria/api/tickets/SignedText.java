package io.bilheteria.api.tickets;

import java.util.Base64;
import java.util.Optional;

/**
 * The shape every signed code shares (tickets, vouchers): ASCII parts joined by dots, the first
 * the code's prefix, the last an Ed25519 signature in unpadded base64url over everything before
 * it. Written without regular expressions: gates and counters split every scan.
 */
final class SignedText {
    private SignedText() {
    }

    /**
     * The {@code parts} parts of a scanned text, or empty when it is not a code of this prefix.
     * Surrounding white space (a scanner's Enter or CR LF) is ignored.
     */
    static Optional<String[]> split(String scanned, String prefix, int parts, int maxLength) {
        if (scanned == null || scanned.length() > maxLength) {
            return Optional.empty();
        }
        String text = scanned.strip();
        String[] found = new String[parts];
        int start = 0;
        for (int i = 0; i < parts; i++) {
            int end = i == parts - 1 ? text.length() : text.indexOf('.', start);
            if (end < 0) {
                return Optional.empty();
            }
            found[i] = text.substring(start, end);
            if (!isToken(found[i])) {
                return Optional.empty();
            }
            start = end + 1;
        }
        return found[0].equals(prefix) ? Optional.of(found) : Optional.empty();
    }

    /** The signature's bytes, or empty when it is not base64url at all. */
    static Optional<byte[]> signatureBytes(String signature) {
        try {
            return Optional.of(Base64.getUrlDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Non-empty and only base64url characters; a dot (an extra part) fails here too. */
    private static boolean isToken(String part) {
        if (part.isEmpty()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
