package io.bilheteria.boxoffice.login;

import io.bilheteria.api.auth.PasswordHasher;
import io.bilheteria.api.auth.Role;
import io.bilheteria.boxoffice.storage.DurableFiles;
import io.bilheteria.boxoffice.storage.LocalJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate accounts that signed in on this workstation lately, so a gate restarted while the
 * network is down can still be opened by the staff who use it. Only a salted PBKDF2 hash of
 * each password is kept, and only for {@link #VALID_FOR} after the account's last online
 * sign-in; an account whose remembered password the backend refuses is forgotten at once.
 */
public final class OfflineAccounts {
    /** A week: a gate used at every weekend show keeps working; a fired employee's password does not last. */
    public static final Duration VALID_FOR = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(OfflineAccounts.class);

    /** One remembered account, as stored. */
    record Remembered(String username, Role role, String passwordHash, Instant signedInAt) {
    }

    private final Path file;
    private final PasswordHasher hasher;
    private final Clock clock;

    /** @param iterations PBKDF2 iterations for new hashes (stored hashes carry their own) */
    public OfflineAccounts(Path file, int iterations, Clock clock) {
        this.file = file;
        this.hasher = new PasswordHasher(iterations);
        this.clock = clock;
    }

    /** Remembers an account the backend has just accepted with this password. */
    public synchronized void remember(String username, String password, Role role) {
        List<Remembered> accounts = withoutExpiredAnd(username);
        accounts.add(new Remembered(username, role, hasher.hash(password), clock.instant()));
        save(accounts);
    }

    /** Forgets an account, e.g. when the backend refuses the password remembered for it. */
    public synchronized void forget(String username) {
        List<Remembered> all = load();
        List<Remembered> kept = withoutExpiredAnd(username);
        if (kept.size() != all.size()) {
            save(kept);
        }
    }

    /** The account's role if it signed in here online within {@link #VALID_FOR} with this very password. */
    public synchronized Optional<Role> check(String username, String password) {
        Instant oldest = clock.instant().minus(VALID_FOR);
        return load().stream()
                .filter(account -> account.username().equals(username) && account.signedInAt().isAfter(oldest))
                .filter(account -> hasher.verify(password, account.passwordHash()))
                .map(Remembered::role)
                .findFirst();
    }

    private List<Remembered> withoutExpiredAnd(String username) {
        Instant oldest = clock.instant().minus(VALID_FOR);
        List<Remembered> kept = new ArrayList<>();
        for (Remembered account : load()) {
            if (!account.username().equals(username) && account.signedInAt().isAfter(oldest)) {
                kept.add(account);
            }
        }
        return kept;
    }

    private List<Remembered> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return List.of(LocalJson.MAPPER.readValue(file.toFile(), Remembered[].class));
        } catch (IOException e) {
            // an unreadable file only costs offline sign-in until the next online one rewrites it
            log.warn("the offline sign-in file {} is unreadable; ignoring it", file, e);
            return List.of();
        }
    }

    private void save(List<Remembered> accounts) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            DurableFiles.replace(file, LocalJson.MAPPER.writeValueAsString(accounts));
        } catch (IOException e) {
            log.warn("the offline sign-in file {} could not be written; offline sign-in may not work", file, e);
        }
    }
}
