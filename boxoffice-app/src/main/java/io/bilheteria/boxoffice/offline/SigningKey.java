package io.bilheteria.boxoffice.offline;

import io.bilheteria.api.tickets.TicketVerifier;
import io.bilheteria.boxoffice.storage.DurableFiles;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BilheteriaClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The backend's signing key (tickets and vouchers share it) as a station keeps it on disk, so it
 * checks signatures with no network: fetched on the station's very first start, and asked for
 * again at the first round of each opening that reaches the backend, so a key the backend
 * replaced is the one checked from then on. Thread-safe.
 */
public final class SigningKey {
    private static final String FILE = "public-key.txt";
    private final Path file;
    private volatile String base64;
    private volatile TicketVerifier verifier;
    private volatile boolean checked;

    private SigningKey(Path file, String base64, boolean checked) {
        this.file = file;
        this.base64 = base64;
        this.verifier = TicketVerifier.fromBase64X509(base64);
        this.checked = checked;
    }

    /**
     * The key kept in {@code dataDir}, or else the backend's, then kept there.
     *
     * @throws ApiException when there is none on disk and the backend does not give it
     */
    public static SigningKey open(Path dataDir, BilheteriaClient client) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            return new SigningKey(file, Files.readString(file).strip(), false);
        }
        String fetched = client.publicKey().publicKey();
        DurableFiles.replace(file, fetched);
        return new SigningKey(file, fetched, true);
    }

    public TicketVerifier verifier() {
        return verifier;
    }

    /**
     * Asks the backend for its key once per opening (later calls do nothing) and keeps it when it
     * changed. Called from a sync round, which so learns of a failure as of any other.
     *
     * @return true when the key changed: the station should check with {@link #verifier()} from now on
     */
    public boolean checkOnce(BilheteriaClient client) throws IOException {
        if (checked) {
            return false;
        }
        String current = client.publicKey().publicKey();
        boolean changed = !current.equals(base64);
        if (changed) {
            verifier = TicketVerifier.fromBase64X509(current);
            DurableFiles.replace(file, current);
            base64 = current;
        }
        checked = true;
        return changed;
    }
}
