package io.bilheteria.backend.web;

import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Resolves the bearer token of each call and enforces the route's roles: no token on a
 * protected route is 401, a token of the wrong role is 403.
 */
public final class Authentication {
    private static final String ATTRIBUTE = "principal";
    private final AuthService auth;

    public Authentication(AuthService auth) {
        this.auth = auth;
    }

    void check(Context ctx) {
        Principal principal = resolve(ctx);
        ctx.attribute(ATTRIBUTE, principal);
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.isEmpty()) {
            return;
        }
        if (principal == Principal.ANONYMOUS) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED,
                    "Log in and send 'Authorization: Bearer <token>'");
        }
        boolean admitted = allowed.stream().anyMatch(r -> ((Allowed) r).role() == principal.role());
        if (!admitted) {
            throw DomainException.forbidden("Role " + principal.role() + " may not " + ctx.method() + " " + ctx.matchedPath());
        }
    }

    private Principal resolve(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            return Principal.ANONYMOUS;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "Use 'Authorization: Bearer <token>'");
        }
        return auth.authenticate(bearer(header))
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED,
                        "The token is unknown or has expired; log in again"));
    }

    /** The bearer token of a call that {@link #check} admitted with one. */
    static String token(Context ctx) {
        return bearer(ctx.header("Authorization"));
    }

    private static String bearer(String header) {
        return header.substring(7).trim();
    }

    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(ATTRIBUTE);
        return p != null ? p : Principal.ANONYMOUS;
    }
}
