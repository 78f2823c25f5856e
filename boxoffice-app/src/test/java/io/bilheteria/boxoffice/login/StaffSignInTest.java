package io.bilheteria.boxoffice.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.auth.Role;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.login.StaffSignIn.SignedIn;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.UnauthorizedException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in against the real backend over HTTP, and without it once it has gone. */
class StaffSignInTest {
    @TempDir
    Path dir;
    private LocalBackend backend;
    private StaffSignIn staff;

    @BeforeEach
    void start() {
        backend = new LocalBackend();
        staff = new StaffSignIn(BilheteriaClient.builder().baseUrl(backend.baseUrl())
                .connectTimeout(Duration.ofMillis(500)).maxRetries(0).build(),
                new OfflineAccounts(dir.resolve("offline-sign-in.json"), 1_000, Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void aGateThatSignedInOnlineSignsInOfflineWithTheSamePasswordAndOnlineAgainWhenTheBackendIsBack() {
        SignedIn online = staff.signIn("gate", "demo-gate");
        assertThat(online.offline()).isFalse();
        assertThat(online.role()).isEqualTo(Role.GATE);
        assertThat(online.client().token()).isNotBlank();

        backend.stop();
        SignedIn offline = staff.signIn("gate", "demo-gate");
        assertThat(offline.offline()).isTrue();
        assertThat(offline.role()).isEqualTo(Role.GATE);
        assertThat(offline.client().token()).as("no token until the backend answers").isNull();
        assertThatThrownBy(() -> staff.signIn("gate", "not-the-password"))
                .isInstanceOf(BackendUnavailableException.class);

        backend.restart();
        offline.again().run();
        assertThat(offline.client().token()).isNotBlank();
        assertThat(offline.client().sessionTickets(backend.theatreSessions().get(0), null).tickets())
                .as("the token works for the gate's calls").isNotNull();
    }

    @Test
    void onlyGateAccountsAreKeptForOfflineSignIn() {
        assertThat(staff.signIn("cashier", "demo-cashier").role()).isEqualTo(Role.CASHIER);
        backend.stop();

        assertThatThrownBy(() -> staff.signIn("cashier", "demo-cashier"))
                .isInstanceOf(BackendUnavailableException.class);
    }

    @Test
    void aMistypedPasswordOnlineIsRefusedAndDoesNotCostTheOfflineSignIn() {
        staff.signIn("gate", "demo-gate");

        assertThatThrownBy(() -> staff.signIn("gate", "demo-gat")).isInstanceOf(UnauthorizedException.class);
        backend.stop();
        assertThat(staff.signIn("gate", "demo-gate").offline()).isTrue();
    }
}
