package io.bilheteria.backend.common;

import java.security.SecureRandom;

/** Random, URL- and QR-safe identifiers: 80 bits in 16 lowercase base32 characters. */
public final class Ids {
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        return random(BASE32, 16);
    }

    /** A short code a person can read aloud: no 0/O or 1/I to confuse. */
    public static String newOrderCode() {
        return random(CODE_ALPHABET, 6);
    }

    private static String random(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
