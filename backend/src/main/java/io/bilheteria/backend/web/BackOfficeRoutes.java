package io.bilheteria.backend.web;

import static io.bilheteria.backend.web.Allowed.ADMIN;
import static io.bilheteria.backend.web.Allowed.PARTNER;

import io.bilheteria.api.admin.AccountChange;
import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.ProductDraft;
import io.bilheteria.api.partners.SeatEdit;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.api.reports.SalesReport;
import io.bilheteria.backend.Services;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.reports.SalesCsv;
import io.bilheteria.backend.reports.SalesReports;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * The partner back office ({@code /partner/...}: a partner its own events, an admin any) and the
 * admin's management ({@code /admin/...}). Handlers only parse, call one service and answer.
 */
final class BackOfficeRoutes {
    private static final String P = ApiServer.V1 + "/partner";
    private static final String A = ApiServer.V1 + "/admin";
    /** Who works in the partner back office: a partner on its own events, an admin on any. */
    private static final RouteRole[] BACK_OFFICE = {PARTNER, ADMIN};

    private BackOfficeRoutes() {
    }

    static void add(Javalin app, Services s, Idempotent idempotent) {
        // events, sections, sessions
        app.get(P + "/events", ctx -> Json.respond(ctx, 200,
                s.events().list(Authentication.principal(ctx), ctx.queryParam("partnerId"))), BACK_OFFICE);
        app.post(P + "/events", idempotent.wrap(ctx -> Json.respond(ctx, 201,
                s.events().create(Authentication.principal(ctx), Json.body(ctx, EventDraft.class)))), BACK_OFFICE);
        app.patch(P + "/events/{id}", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.events().edit(Authentication.principal(ctx), ctx.pathParam("id"), Json.body(ctx, EventDraft.class)))),
                BACK_OFFICE);
        app.get(P + "/events/{id}/sections", ctx -> Json.respond(ctx, 200,
                s.sections().list(Authentication.principal(ctx), ctx.pathParam("id"))), BACK_OFFICE);
        app.post(P + "/events/{id}/sections", idempotent.wrap(ctx -> Json.respond(ctx, 201,
                s.sections().create(Authentication.principal(ctx), ctx.pathParam("id"),
                        Json.body(ctx, SectionDraft.class)))), BACK_OFFICE);
        app.patch(P + "/sections/{id}", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.sections().edit(Authentication.principal(ctx), ctx.pathParam("id"),
                        Json.body(ctx, SectionDraft.class)))), BACK_OFFICE);
        app.post(P + "/events/{id}/sessions", idempotent.wrap(ctx -> Json.respond(ctx, 201,
                s.sessions().create(Authentication.principal(ctx), ctx.pathParam("id"),
                        Json.body(ctx, SessionDraft.class)))), BACK_OFFICE);
        app.patch(P + "/sessions/{id}", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.sessions().edit(Authentication.principal(ctx), ctx.pathParam("id"),
                        Json.body(ctx, SessionDraft.class)))), BACK_OFFICE);
        app.delete(P + "/sessions/{id}", idempotent.wrap(ctx -> {
            s.sessions().delete(Authentication.principal(ctx), ctx.pathParam("id"));
            ctx.status(204);
        }), BACK_OFFICE);

        // seat layouts
        app.get(P + "/sections/{id}/layout", ctx -> Json.respond(ctx, 200,
                s.layouts().current(Authentication.principal(ctx), ctx.pathParam("id"))), BACK_OFFICE);
        app.post(P + "/sections/{id}/layout/preview", ctx -> Json.respond(ctx, 200,
                s.layouts().preview(Authentication.principal(ctx), ctx.pathParam("id"),
                        Json.body(ctx, LayoutSpec.class))), BACK_OFFICE);
        app.put(P + "/sections/{id}/layout", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.layouts().replace(Authentication.principal(ctx), ctx.pathParam("id"),
                        Json.body(ctx, LayoutSpec.class)))), BACK_OFFICE);
        app.patch(P + "/seats/{id}", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.layouts().edit(Authentication.principal(ctx), ctx.pathParam("id"), Json.body(ctx, SeatEdit.class)))),
                BACK_OFFICE);
        app.delete(P + "/seats/{id}", idempotent.wrap(ctx -> {
            s.layouts().remove(Authentication.principal(ctx), ctx.pathParam("id"));
            ctx.status(204);
        }), BACK_OFFICE);

        // marketplace products (listed by the public GET /events/{id}/products)
        app.post(P + "/events/{id}/products", idempotent.wrap(ctx -> Json.respond(ctx, 201,
                s.products().create(Authentication.principal(ctx), ctx.pathParam("id"),
                        Json.body(ctx, ProductDraft.class)))), BACK_OFFICE);
        app.patch(P + "/products/{id}", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.products().edit(Authentication.principal(ctx), ctx.pathParam("id"),
                        Json.body(ctx, ProductDraft.class)))), BACK_OFFICE);

        // sales reports
        app.get(P + "/events/{id}/report", ctx -> report(ctx, s.reports().event(Authentication.principal(ctx),
                ctx.pathParam("id"), SalesReports.bucket(ctx.queryParam("bucket")),
                SalesReports.zone(ctx.queryParam("zone")))), BACK_OFFICE);
        app.get(P + "/sessions/{id}/report", ctx -> report(ctx, s.reports().session(Authentication.principal(ctx),
                ctx.pathParam("id"), SalesReports.bucket(ctx.queryParam("bucket")),
                SalesReports.zone(ctx.queryParam("zone")))), BACK_OFFICE);

        // the admin's partners, staff, platform totals and backups
        app.get(A + "/partners", ctx -> Json.respond(ctx, 200, s.partners().list()), ADMIN);
        app.post(A + "/partners", idempotent.wrap(ctx -> Json.respond(ctx, 201,
                s.partners().create(Json.body(ctx, PartnerDraft.class)))), ADMIN);
        app.patch(A + "/partners/{id}", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.partners().edit(ctx.pathParam("id"), Json.body(ctx, PartnerDraft.class)))), ADMIN);
        app.get(A + "/accounts", ctx -> Json.respond(ctx, 200, s.staff().list(ctx.queryParam("partnerId"))), ADMIN);
        app.post(A + "/accounts", idempotent.wrap(ctx -> Json.respond(ctx, 201,
                s.staff().create(Json.body(ctx, AccountDraft.class)))), ADMIN);
        app.patch(A + "/accounts/{id}", idempotent.wrap(ctx -> Json.respond(ctx, 200,
                s.staff().change(ctx.pathParam("id"), Json.body(ctx, AccountChange.class)))), ADMIN);
        app.get(A + "/report", ctx -> Json.respond(ctx, 200, s.reports().platform()), ADMIN);
        app.get(A + "/backups", ctx -> Json.respond(ctx, 200, s.backups().list()), ADMIN);
        app.post(A + "/backups", ctx -> Json.respond(ctx, 201, s.backups().takeNow()), ADMIN);
    }

    /** JSON, or CSV with {@code ?format=csv} or {@code Accept: text/csv}. */
    private static void report(Context ctx, SalesReport report) {
        String format = ctx.queryParam("format");
        String accept = ctx.header("Accept");
        boolean csv;
        if (format == null || format.isBlank()) {
            csv = accept != null && accept.toLowerCase().contains("text/csv");
        } else if (format.equalsIgnoreCase("csv") || format.equalsIgnoreCase("json")) {
            csv = format.equalsIgnoreCase("csv");
        } else {
            throw DomainException.invalid("'format' must be json or csv");
        }
        if (!csv) {
            Json.respond(ctx, 200, report);
            return;
        }
        String name = "sales-" + (report.sessionId() != null ? "session-" + report.sessionId() : report.eventId());
        ctx.status(200).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .result(SalesCsv.of(report));
    }
}
