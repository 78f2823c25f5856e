package io.bilheteria.backend.web;

import static io.bilheteria.backend.web.Allowed.ADMIN;
import static io.bilheteria.backend.web.Allowed.CASHIER;
import static io.bilheteria.backend.web.Allowed.CUSTOMER;
import static io.bilheteria.backend.web.Allowed.GATE;
import static io.bilheteria.backend.web.Allowed.KIOSK;
import static io.bilheteria.backend.web.Allowed.PARTNER;
import static io.bilheteria.backend.web.Allowed.SELLERS;

import io.bilheteria.api.auth.LoginRequest;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinRequest;
import io.bilheteria.api.vouchers.RedeemBatch;
import io.bilheteria.api.vouchers.RedeemRequest;
import io.bilheteria.api.customers.CustomerRegistration;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.CancelRequest;
import io.bilheteria.api.orders.CollectRequest;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.PaymentRequest;
import io.bilheteria.backend.Services;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.idempotency.IdempotencyRepository;
import io.bilheteria.backend.queue.VirtualQueue;
import io.bilheteria.backend.storage.StoreHealth;
import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.servlet.FilterHolder;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.logstash.logback.argument.StructuredArguments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Builds the Javalin app from the services; does not start it. Handlers only parse,
 * call one service and write its answer: everything else lives in the services.
 */
public final class ApiServer {
    private static final Logger access = LoggerFactory.getLogger("access");
    static final long MAX_BODY_BYTES = 64 * 1024;
    static final String V1 = "/api/v1";

    private ApiServer() {
    }

    /** {@code trustedProxies}: the reverse proxies whose {@code X-Forwarded-For} names the real client. */
    public static Javalin create(Services s, IdempotencyRepository idempotencyStore, PrometheusMeterRegistry registry,
                                 List<String> trustedProxies) {
        Authentication authentication = new Authentication(s.auth());
        ClientAddresses clients = new ClientAddresses(trustedProxies);
        Idempotent idempotent = new Idempotent(idempotencyStore, s.tx());
        String openApi = resource("/openapi.json");

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // Jetty caches header values per connection ignoring case: a bearer token or an
            // idempotency key differing only in case would be read as the cached one
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            // a slow client's body is read without holding a thread (see BodyBeforeHandler)
            config.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new FilterHolder(new BodyBeforeHandler(MAX_BODY_BYTES)), "/*",
                    EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC)));
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.requestLogger.http((ctx, ms) -> {
                String route = ctx.endpointHandlerPath();
                Timer.builder("http.server.requests")
                        .tag("method", ctx.method().name())
                        .tag("route", route == null || route.isEmpty() ? "unmatched" : route)
                        .tag("status", Integer.toString(ctx.statusCode()))
                        .publishPercentileHistogram()
                        .register(registry)
                        .record(Duration.ofNanos((long) (ms * 1_000_000)));
                // runs after the request's MDC is cleared: name the request id explicitly
                access.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms),
                        StructuredArguments.kv("requestId", RequestIds.of(ctx)),
                        StructuredArguments.kv("status", ctx.statusCode()),
                        StructuredArguments.kv("durationMs", Math.round(ms)));
            });
        });

        app.before(ctx -> MDC.put("requestId", RequestIds.assign(ctx)));
        app.beforeMatched(authentication::check);
        app.after(ctx -> MDC.remove("requestId"));
        app.exception(Exception.class, (e, ctx) -> Problems.write(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> Problems.write(ctx, e));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Problems.write(ctx, new HttpResponseException(404, "not found"));
            }
        });
        app.error(405, ctx -> Problems.write(ctx, new HttpResponseException(405, "method not allowed")));

        // operations
        app.get("/health", ctx -> {
            StoreHealth.Status store = s.storeHealth().probe();
            Map<String, String> health = new LinkedHashMap<>();
            health.put("status", store.up() ? "UP" : "DOWN");
            health.put("database", store.up() ? "UP" : "DOWN");
            if (store.reason() != null) {
                health.put("reason", store.reason());
            }
            Json.respond(ctx, store.up() ? 200 : 503, health);
        });
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));

        // accounts
        app.post(V1 + "/auth/login", ctx -> {
            LoginRequest login = Json.body(ctx, LoginRequest.class);
            Json.respond(ctx, 200, s.auth().login(login.username(), login.password(), clients.of(ctx)));
        });
        app.post(V1 + "/auth/logout", ctx -> {
            s.auth().logout(Authentication.token(ctx));
            ctx.status(204);
        }, Allowed.values());
        app.post(V1 + "/customers", idempotent.wrap(ctx -> Json.respond(ctx, 201, s.customers().register(
                Authentication.principal(ctx), Json.body(ctx, CustomerRegistration.class)))));
        app.get(V1 + "/customers", ctx -> Json.respond(ctx, 200,
                s.customers().search(ctx.queryParam("email"), ctx.queryParam("cpf"))), CASHIER, ADMIN);

        // catalog
        app.get(V1 + "/events", ctx -> Json.respond(ctx, 200, s.catalog().search(ctx.queryParam("q"),
                instant(ctx, "from"), instant(ctx, "to"), sellsFor(Authentication.principal(ctx)))));
        app.get(V1 + "/events/{id}", ctx -> Json.respond(ctx, 200, s.catalog().event(ctx.pathParam("id"))));
        app.get(V1 + "/events/{id}/products", ctx -> Json.respond(ctx, 200, s.catalog().products(ctx.pathParam("id"))));
        app.get(V1 + "/sessions/{id}/seatmap", ctx -> Json.respond(ctx, 200, s.catalog().seatMap(ctx.pathParam("id"))));
        new LiveRoutes(s.live()).register(app);

        // holds
        app.post(V1 + "/holds", idempotent.inOneTransaction(ctx ->
                Json.respond(ctx, 201, s.holds().hold(Authentication.principal(ctx), Json.body(ctx, HoldRequest.class),
                        ctx.header(VirtualQueue.TOKEN_HEADER)))), SELLERS);
        app.get(V1 + "/holds/{id}", ctx -> Json.respond(ctx, 200,
                s.holds().get(Authentication.principal(ctx), ctx.pathParam("id"))), KIOSK, CASHIER, CUSTOMER, ADMIN);
        app.post(V1 + "/holds/{id}/extend", idempotent.inOneTransaction(ctx -> Json.respond(ctx, 200,
                s.holds().extend(Authentication.principal(ctx), ctx.pathParam("id")))), SELLERS);
        app.delete(V1 + "/holds/{id}", idempotent.inOneTransaction(ctx -> {
            s.holds().release(Authentication.principal(ctx), ctx.pathParam("id"));
            ctx.status(204);
        }), KIOSK, CASHIER, CUSTOMER, ADMIN);

        // the virtual queue of online sales
        app.post(V1 + "/sessions/{id}/queue", idempotent.wrap(ctx -> Json.respond(ctx, 201,
                s.queue().join(Authentication.principal(ctx), ctx.pathParam("id")))), CUSTOMER);
        app.get(V1 + "/queue/{id}", ctx -> Json.respond(ctx, 200,
                s.queue().poll(Authentication.principal(ctx), ctx.pathParam("id"))), CUSTOMER);

        // orders and payment
        app.post(V1 + "/orders", idempotent.inOneTransaction(ctx -> Json.respond(ctx, 201,
                s.orders().create(Authentication.principal(ctx), Json.body(ctx, OrderRequest.class)))), SELLERS);
        app.post(V1 + "/orders/{id}/payment", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.payments().pay(Authentication.principal(ctx), ctx.pathParam("id"), ctx.header(Idempotent.HEADER),
                        Json.body(ctx, PaymentRequest.class)))), SELLERS);
        app.get(V1 + "/orders", ctx -> Json.respond(ctx, 200, findOrders(s, ctx)), KIOSK, CASHIER, CUSTOMER, PARTNER, ADMIN);
        app.get(V1 + "/orders/{id}", ctx -> Json.respond(ctx, 200,
                s.orders().get(Authentication.principal(ctx), ctx.pathParam("id"))),
                KIOSK, CASHIER, CUSTOMER, PARTNER, ADMIN);
        app.post(V1 + "/orders/collect", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.collection().collect(Authentication.principal(ctx), Json.body(ctx, CollectRequest.class)))),
                KIOSK, ADMIN);
        app.get(V1 + "/orders/{id}/suggestions", ctx -> Json.respond(ctx, 200,
                s.suggestions().forOrder(Authentication.principal(ctx), ctx.pathParam("id"))),
                KIOSK, CASHIER, CUSTOMER, ADMIN);
        app.post(V1 + "/orders/{id}/cancel", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.refunds().cancel(Authentication.principal(ctx), ctx.pathParam("id"),
                        Json.optionalBody(ctx, CancelRequest.class)))), CASHIER, PARTNER, ADMIN);
        app.post(V1 + "/orders/{id}/tickets/{ticketId}/reprint", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.reprints().reprint(Authentication.principal(ctx), ctx.pathParam("id"), ctx.pathParam("ticketId")))),
                CASHIER, ADMIN);

        // the cashier's shifts: sales and refunds are made within one, its report comes at closing
        app.post(V1 + "/shifts", idempotent.wrap(ctx -> Json.respond(ctx, 201,
                s.shifts().open(Authentication.principal(ctx)))), CASHIER);
        app.get(V1 + "/shifts/current", ctx -> Json.respond(ctx, 200,
                s.shifts().current(Authentication.principal(ctx))), CASHIER);
        app.post(V1 + "/shifts/{id}/close", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.shifts().close(Authentication.principal(ctx), ctx.pathParam("id")))), CASHIER);

        // check-in
        app.get(V1 + "/checkin/public-key", ctx -> Json.respond(ctx, 200, s.checkins().publicKey()));
        app.post(V1 + "/checkins", ctx -> Json.respond(ctx, 200,
                s.checkins().checkin(Authentication.principal(ctx), Json.body(ctx, CheckinRequest.class))), GATE);
        app.post(V1 + "/checkins/batch", ctx -> Json.respond(ctx, 200,
                s.checkins().checkinBatch(Authentication.principal(ctx), Json.body(ctx, CheckinBatch.class))), GATE);
        app.post(V1 + "/vouchers/redeem", ctx -> Json.respond(ctx, 200,
                s.vouchers().redeem(Authentication.principal(ctx), Json.body(ctx, RedeemRequest.class))),
                GATE, CASHIER, ADMIN);
        app.post(V1 + "/vouchers/redeem/batch", ctx -> Json.respond(ctx, 200,
                s.vouchers().redeemBatch(Authentication.principal(ctx), Json.body(ctx, RedeemBatch.class))),
                GATE, CASHIER, ADMIN);
        app.get(V1 + "/sessions/{id}/tickets", ctx -> Json.respond(ctx, 200, s.checkins().sessionTickets(
                Authentication.principal(ctx), ctx.pathParam("id"), ctx.queryParam("since"))), GATE, PARTNER, ADMIN);

        BackOfficeRoutes.add(app, s, idempotent);
        return app;
    }

    /** {@code ?code=} answers one order, as always; {@code ?email=} or {@code ?cpf=} a list of summaries. */
    private static Object findOrders(Services s, Context ctx) {
        String code = ctx.queryParam("code");
        String email = ctx.queryParam("email");
        String cpf = ctx.queryParam("cpf");
        int given = (code != null ? 1 : 0) + (email != null ? 1 : 0) + (cpf != null ? 1 : 0);
        if (given > 1) {
            throw DomainException.invalid("Search by one of 'code', 'email' or 'cpf'");
        }
        Principal caller = Authentication.principal(ctx);
        if (email != null) {
            return s.orderSearch().byEmail(caller, email);
        }
        if (cpf != null) {
            return s.orderSearch().byCpf(caller, cpf);
        }
        return s.orders().byCode(caller, code);
    }

    /** A partner's own cashiers and kiosks are offered that partner's events only; null: all. */
    private static String sellsFor(Principal caller) {
        return caller.is(Role.CASHIER) || caller.is(Role.KIOSK) ? caller.partnerId() : null;
    }

    private static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("'" + name + "' must be an ISO-8601 instant such as 2026-12-01T20:00:00Z");
        }
    }

    private static String resource(String path) {
        try (InputStream in = ApiServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
