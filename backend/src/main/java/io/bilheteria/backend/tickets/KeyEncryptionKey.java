package io.bilheteria.backend.tickets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES key that seals the ticket signing key's private half at rest (AES-GCM, a
 * fresh 96-bit nonce per sealing, the key's id and public half as associated data so a sealed
 * key cannot be moved to another row). It never enters the database: it comes from the
 * environment or from a key file, so a copy of the database alone cannot sign tickets.
 */
final class KeyEncryptionKey {
    static final int BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;
    private final String origin;

    private KeyEncryptionKey(byte[] key, String origin) {
        this.key = new SecretKeySpec(key, "AES");
        this.origin = origin;
    }

    /** Where the key came from, for messages: "BILHETERIA_KEY_ENCRYPTION_KEY", "the key file /x". */
    String origin() {
        return origin;
    }

    static KeyEncryptionKey random(String origin) {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return new KeyEncryptionKey(key, origin);
    }

    /** From base64 text of exactly 32 bytes, e.g. {@code head -c 32 /dev/urandom | base64}. */
    static KeyEncryptionKey fromBase64(String text, String origin) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new TicketKeyException(origin + " is not base64 (make one with: head -c 32 /dev/urandom | base64)");
        }
        if (key.length != BYTES) {
            throw new TicketKeyException(origin + " holds " + key.length + " bytes, not the " + BYTES
                    + " of a 256-bit key (make one with: head -c 32 /dev/urandom | base64)");
        }
        return new KeyEncryptionKey(key, origin);
    }

    static KeyEncryptionKey read(Path file) {
        String origin = "the key file " + file.toAbsolutePath();
        try {
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII), origin);
        } catch (IOException e) {
            throw new TicketKeyException("cannot read " + origin + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the key file, or creates it with a new key, readable by the owner only. Created
     * under another name and linked into place, so two processes starting at once on one key
     * file both end up with the key that won, never with a half-written file.
     */
    static KeyEncryptionKey readOrCreate(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        Path absolute = file.toAbsolutePath();
        KeyEncryptionKey created = random("the key file " + absolute);
        Path temporary = absolute.resolveSibling(absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()));
        try {
            Files.createDirectories(absolute.getParent());
            try (FileChannel out = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly())) {
                out.write(ByteBuffer.wrap((Base64.getEncoder().encodeToString(created.key.getEncoded()) + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            try {
                Files.createLink(absolute, temporary);
            } catch (FileAlreadyExistsException another) {
                return read(absolute);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return created;
        } catch (IOException | UnsupportedOperationException e) {
            throw new TicketKeyException("cannot create the key file " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    /** base64 of nonce, ciphertext and tag. */
    String seal(byte[] secret, byte[] associated) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            byte[] sealed = cipher.doFinal(secret);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws TicketKeyException when this key did not seal it (or the sealed text was altered) */
    byte[] open(String sealedBase64, byte[] associated) {
        try {
            byte[] sealed = Base64.getDecoder().decode(sealedBase64);
            if (sealed.length <= NONCE_BYTES) {
                throw new TicketKeyException("the sealed ticket signing key in the database is cut short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException wrongKey) {
            throw new TicketKeyException("the key-encryption key from " + origin + " does not open the ticket "
                    + "signing key in the database: start with the key it was sealed with", wrongKey);
        } catch (IllegalArgumentException notBase64) {
            throw new TicketKeyException("the sealed ticket signing key in the database is not base64", notBase64);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
