package io.bilheteria.ui.sale;

import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.UnauthorizedException;
import java.util.function.Function;

/**
 * The backend as this point of sale's account (a totem's KIOSK account, a cashier's own):
 * logs in on first use and again once when the token has expired, so a kiosk left on for
 * days, or a cashier's long shift, keeps selling.
 */
public final class TerminalBackend {
    private final BilheteriaClient client;
    private final Runnable signIn;

    public TerminalBackend(BilheteriaClient client, String user, String password) {
        this(client, () -> client.login(user, password));
    }

    /** @param signIn signs {@code client} in (blocking), on first use and when its token has expired */
    public TerminalBackend(BilheteriaClient client, Runnable signIn) {
        this.client = client;
        this.signIn = signIn;
    }

    /** Runs a call as the point of sale's account; blocking, so never on the FX thread. */
    public <T> T call(Function<BilheteriaClient, T> call) {
        logIn(false);
        try {
            return call.apply(client);
        } catch (UnauthorizedException expired) {
            logIn(true);
            return call.apply(client);
        }
    }

    private synchronized void logIn(boolean again) {
        if (again || client.token() == null) {
            signIn.run();
        }
    }

    /** A client with no account, for a customer's own login (its token never replaces the point of sale's). */
    public BilheteriaClient anonymous() {
        return client.withToken(null);
    }

    public boolean reachable() {
        return client.health();
    }
}
