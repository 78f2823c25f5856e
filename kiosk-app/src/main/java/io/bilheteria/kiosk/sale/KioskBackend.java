package io.bilheteria.kiosk.sale;

import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.UnauthorizedException;
import java.util.function.Function;

/**
 * The backend as this totem's terminal account (role KIOSK): logs in on first use and
 * again once when the token has expired, so a kiosk left on for days keeps selling.
 */
public final class KioskBackend {
    private final BilheteriaClient client;
    private final String user;
    private final String password;

    public KioskBackend(BilheteriaClient client, String user, String password) {
        this.client = client;
        this.user = user;
        this.password = password;
    }

    /** Runs a call as the kiosk account; blocking, so never on the FX thread. */
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
            client.login(user, password);
        }
    }

    /** A client with no account, for a customer's own login (its token never replaces the kiosk's). */
    public BilheteriaClient anonymous() {
        return client.withToken(null);
    }

    public boolean reachable() {
        return client.health();
    }
}
