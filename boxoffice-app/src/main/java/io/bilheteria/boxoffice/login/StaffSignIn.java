package io.bilheteria.boxoffice.login;

import io.bilheteria.api.auth.LoginResponse;
import io.bilheteria.api.auth.Role;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.UnauthorizedException;
import java.util.Optional;

/**
 * Signs staff in: online against the backend, or, when the backend does not answer, against
 * the gate accounts remembered on this workstation ({@link OfflineAccounts}). Either way the
 * result can sign in again by itself, which is how a gate opened offline starts syncing once
 * the backend is back, and how a long shift outlives its token.
 */
public final class StaffSignIn {
    /**
     * A signed-in member of staff.
     *
     * @param client  the client to call the backend with; without a token yet when signed in offline
     * @param offline true when the backend did not answer and the password was checked here
     * @param again   signs {@code client} in again with the same password (blocking; throws the client's exceptions)
     */
    public record SignedIn(BilheteriaClient client, String username, Role role, boolean offline, Runnable again) {
    }

    private final BilheteriaClient anonymous;
    private final OfflineAccounts offlineAccounts;

    public StaffSignIn(BilheteriaClient anonymous, OfflineAccounts offlineAccounts) {
        this.anonymous = anonymous;
        this.offlineAccounts = offlineAccounts;
    }

    /**
     * Blocking: call it off the FX thread.
     *
     * @throws UnauthorizedException       the backend refused the user or password
     * @throws BackendUnavailableException the backend did not answer and the account cannot sign in offline here
     */
    public SignedIn signIn(String username, String password) {
        BilheteriaClient client = anonymous.withToken(null);
        Runnable again = () -> online(client, username, password);
        try {
            LoginResponse answer = online(client, username, password);
            return new SignedIn(client, username, answer.role(), false, again);
        } catch (BackendUnavailableException unreachable) {
            Optional<Role> remembered = offlineAccounts.check(username, password);
            if (remembered.isEmpty()) {
                throw unreachable;
            }
            return new SignedIn(client, username, remembered.get(), true, again);
        }
    }

    private LoginResponse online(BilheteriaClient client, String username, String password) {
        try {
            LoginResponse answer = client.login(username, password);
            if (answer.role() == Role.GATE) {
                offlineAccounts.remember(username, password, answer.role());
            }
            return answer;
        } catch (UnauthorizedException refused) {
            // the remembered password itself refused: the account changed or was disabled; a typo forgets nothing
            if (offlineAccounts.check(username, password).isPresent()) {
                offlineAccounts.forget(username);
            }
            throw refused;
        }
    }
}
