package io.bilheteria.boxoffice.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.auth.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate accounts kept for offline sign-in, in a real file. */
class OfflineAccountsTest {
    @TempDir
    Path dir;
    private Instant now = Instant.parse("2026-11-20T18:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aRememberedAccountSignsInWithItsPasswordOnlyAndTheFileHoldsNoPassword() throws Exception {
        OfflineAccounts accounts = accounts();
        accounts.remember("gate", "demo-gate", Role.GATE);

        assertThat(accounts.check("gate", "demo-gate")).contains(Role.GATE);
        assertThat(accounts.check("gate", "demo-gatE")).isEmpty();
        assertThat(accounts.check("other", "demo-gate")).isEmpty();
        assertThat(Files.readString(file())).contains("pbkdf2-sha256$").doesNotContain("demo-gate");
        assertThat(accounts().check("gate", "demo-gate")).as("read back by a new instance, as after a restart")
                .contains(Role.GATE);
    }

    @Test
    void aWeekAfterItsLastOnlineSignInAnAccountNoLongerSignsInOffline() {
        OfflineAccounts accounts = accounts();
        accounts.remember("gate", "demo-gate", Role.GATE);

        now = now.plus(OfflineAccounts.VALID_FOR).minus(Duration.ofMinutes(1));
        assertThat(accounts.check("gate", "demo-gate")).isPresent();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(accounts.check("gate", "demo-gate")).isEmpty();
    }

    @Test
    void rememberingAgainReplacesTheOldPasswordAndForgettingKeepsTheOthers() {
        OfflineAccounts accounts = accounts();
        accounts.remember("gate", "old-secret", Role.GATE);
        accounts.remember("north", "north-secret", Role.GATE);
        accounts.remember("gate", "new-secret", Role.GATE);

        assertThat(accounts.check("gate", "old-secret")).isEmpty();
        assertThat(accounts.check("gate", "new-secret")).isPresent();

        accounts.forget("gate");
        assertThat(accounts.check("gate", "new-secret")).isEmpty();
        assertThat(accounts.check("north", "north-secret")).isPresent();
    }

    @Test
    void anUnreadableFileSignsNobodyInAndTheNextOnlineSignInRewritesIt() throws Exception {
        Files.writeString(file(), "{not json");
        OfflineAccounts accounts = accounts();

        assertThat(accounts.check("gate", "demo-gate")).isEmpty();
        accounts.remember("gate", "demo-gate", Role.GATE);
        assertThat(accounts.check("gate", "demo-gate")).isPresent();
    }

    private OfflineAccounts accounts() {
        return new OfflineAccounts(file(), 1_000, clock);
    }

    private Path file() {
        return dir.resolve("offline-sign-in.json");
    }
}
