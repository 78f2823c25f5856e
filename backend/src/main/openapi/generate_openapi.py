#!/usr/bin/env python3
"""Writes ../resources/openapi.json, the API reference served at /openapi.json.

Kept as a small script so the document is reviewed as readable Python rather than a
wall of JSON. Run it after changing the API: python3 backend/src/main/openapi/generate_openapi.py
"""
import json
import os

P = "https://bilheteria.dev/problems/"

def ref(name):
    return {"$ref": "#/components/schemas/" + name}

def problem(desc):
    return {"description": desc, "content": {"application/problem+json": {"schema": ref("Problem")}}}

def ok(desc, schema=None, status="200"):
    r = {"description": desc}
    if schema:
        r["content"] = {"application/json": {"schema": schema}}
    return r

def body(schema):
    return {"required": True, "content": {"application/json": {"schema": schema}}}

def op(summary, roles, responses, request=None, params=None, idempotent=False, description=None):
    o = {"summary": summary, "responses": responses}
    text = description or ""
    o["description"] = (text + ("\n\n" if text else "") + "Roles: " + (", ".join(roles) if roles else "public")).strip()
    if roles:
        o["security"] = [{"bearer": []}]
        responses.setdefault("401", problem("No token, or an unknown or expired one"))
        responses.setdefault("403", problem("The token's role may not do this"))
    if request:
        o["requestBody"] = body(request)
        responses.setdefault("400", problem("Malformed JSON, wrong types, unknown fields or missing fields"))
    ps = list(params or [])
    if idempotent:
        ps.append({"$ref": "#/components/parameters/IdempotencyKey"})
    if ps:
        o["parameters"] = ps
    return o

def path_id(name="id", desc="identifier"):
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}, "description": desc}

def query(name, desc, fmt=None):
    s = {"type": "string"}
    if fmt:
        s["format"] = fmt
    return {"name": name, "in": "query", "required": False, "schema": s, "description": desc}

SELLERS = ["KIOSK", "CASHIER", "CUSTOMER"]

def obj(props, required=None):
    o = {"type": "object", "properties": props}
    if required:
        o["required"] = required
    return o

S = {"type": "string"}
I = {"type": "integer"}
L = {"type": "integer", "format": "int64"}
B = {"type": "boolean"}
T = {"type": "string", "format": "date-time"}
def arr(x): return {"type": "array", "items": x}
def enum(*v): return {"type": "string", "enum": list(v)}

schemas = {
    "Problem": obj({
        "type": {"type": "string", "format": "uri", "description": "One of " + ", ".join(P + s for s in [
            "invalid-request", "invalid-card", "unauthorized", "account-locked", "forbidden", "not-found",
            "method-not-allowed", "seats-unavailable", "hold-expired", "out-of-stock", "conflict", "email-taken",
            "payment-declined", "payment-in-progress", "idempotency-key-reused", "payload-too-large",
            "unsupported-media-type", "acquirer-unavailable", "unavailable", "internal-error"])},
        "title": S, "status": I, "detail": S,
        "requestId": {"type": "string", "description": "Also in the X-Request-Id header; quote it to support"},
        "conflictingSeatIds": {**arr(S), "description": "On seats-unavailable: the seats that were taken"},
        "declineReason": {"type": "string", "description": "On payment-declined: card_declined, insufficient_funds or expired_card"},
    }, ["type", "title", "status", "detail"]),
    "LoginRequest": obj({"username": {"type": "string", "description": "Staff username, or a customer's email"}, "password": S}, ["username", "password"]),
    "LoginResponse": obj({"token": S, "role": enum("ADMIN", "PARTNER", "CASHIER", "GATE", "KIOSK", "CUSTOMER"),
                          "expiresAt": T, "customerId": {"type": "string", "nullable": True}}),
    "CustomerRegistration": obj({"name": S, "email": S, "password": {"type": "string", "minLength": 8},
                                 "cpf": {"type": "string", "description": "Optional; 11 digits, dots and dash allowed; check digits verified"}},
                                ["name", "email", "password"]),
    "Customer": obj({"id": S, "name": S, "email": S, "cpf": {"type": "string", "nullable": True}}),
    "SessionSummary": obj({"id": S, "startsAt": T, "totalSeats": I, "availableSeats": I}),
    "EventSummary": obj({"id": S, "title": S, "description": S, "category": S, "venue": S, "city": S,
                         "posterUrl": {"type": "string", "nullable": True}, "partnerId": S,
                         "sessions": arr(ref("SessionSummary"))}),
    "EventPage": obj({"items": arr(ref("EventSummary"))}),
    "Section": obj({"id": S, "name": S, "color": {"type": "string", "example": "#1565C0"}, "priceCents": L, "currency": S}),
    "Seat": obj({"id": S, "sectionId": S, "row": S, "number": I, "x": {"type": "number"}, "y": {"type": "number"},
                 "accessible": B, "status": enum("AVAILABLE", "HELD", "SOLD")}),
    "SeatMap": obj({"sessionId": S, "sections": arr(ref("Section")), "seats": arr(ref("Seat"))}),
    "Product": obj({"id": S, "eventId": S, "name": S, "priceCents": L, "currency": S, "stock": I}),
    "ProductList": obj({"items": arr(ref("Product"))}),
    "HoldRequest": {**obj({"sessionId": S, "seatIds": {**arr(S), "maxItems": 20}, "sectionId": S,
                           "quantity": {"type": "integer", "minimum": 1, "maximum": 20}}, ["sessionId"]),
                    "description": "Either seatIds, or sectionId with quantity (best available: side by side in the best row "
                                   "when possible, never stranding a single seat when another choice exists)."},
    "Hold": obj({"holdId": S, "sessionId": S, "seatIds": arr(S), "expiresAt": T}),
    "ProductLine": obj({"productId": S, "quantity": {"type": "integer", "minimum": 1, "maximum": 50}}, ["productId", "quantity"]),
    "OrderRequest": obj({"holdId": S, "customerId": S, "products": arr(ref("ProductLine")),
                         "email": {"type": "string", "description": "Receipt address of a guest"}}, ["holdId"]),
    "OrderCreated": obj({"orderId": S, "code": {"type": "string", "description": "6 characters, no 0/O/1/I"},
                         "status": enum("PENDING_PAYMENT"), "totalCents": L, "currency": S}),
    "Card": obj({"number": S, "holder": S, "expMonth": I, "expYear": I, "cvv": S}, ["number", "holder", "expMonth", "expYear", "cvv"]),
    "PaymentRequest": obj({"card": ref("Card")}, ["card"]),
    "Ticket": obj({"ticketId": S, "seatId": S, "status": enum("VALID", "REVOKED"),
                   "qr": {"type": "string", "description":
                          "ASCII payload BT1.<ticketId>.<version>.<sessionId>.<seatId>.<signature>: the signature is "
                          "Ed25519 (key at /api/v1/checkin/public-key) over the text before the last dot, unpadded "
                          "base64url. About 140 characters: a QR code of version 7-8 at error level M."}}),
    "PaymentResult": obj({"orderId": S, "status": enum("PAID"), "tickets": arr(ref("Ticket"))}),
    "OrderItem": obj({"kind": enum("SEAT", "PRODUCT"), "refId": S, "description": S, "quantity": I, "unitPriceCents": L}),
    "PaymentSummary": obj({"brand": S, "last4": S, "authorizationCode": S}),
    "Order": obj({"orderId": S, "code": S, "status": enum("PENDING_PAYMENT", "PAID", "REFUNDED", "EXPIRED"),
                  "sessionId": S, "customerId": S, "email": S, "channel": enum("KIOSK", "BOX_OFFICE", "ONLINE"),
                  "totalCents": L, "platformFeeCents": L, "partnerNetCents": L, "currency": S, "createdAt": T,
                  "paidAt": T, "items": arr(ref("OrderItem")), "tickets": arr(ref("Ticket")),
                  "payment": ref("PaymentSummary")}),
    "PublicKeyInfo": obj({"algorithm": enum("Ed25519"), "publicKey": {"type": "string", "description": "base64 X.509 SubjectPublicKeyInfo"}}),
    "CheckinRequest": obj({"qr": S, "gateId": S}, ["qr"]),
    "CheckinResult": obj({"result": enum("ACCEPTED", "ALREADY_USED", "REVOKED", "INVALID"), "ticketId": S,
                          "firstScanAt": T, "firstGateId": S}),
    "Health": obj({"status": enum("UP", "DOWN"), "database": enum("UP", "DOWN")}),
    # partner back office
    "EventDraft": {**obj({"partnerId": {"type": "string", "description": "Admin only, required for an admin creating an event; never changes on edit"},
                          "title": {"type": "string", "maxLength": 200}, "description": {"type": "string", "maxLength": 4000},
                          "category": {"type": "string", "maxLength": 100}, "venue": {"type": "string", "maxLength": 200},
                          "city": {"type": "string", "maxLength": 100},
                          "posterUrl": {"type": "string", "format": "uri", "maxLength": 1000,
                                        "description": "Absolute http(s) address of the poster image: posters are linked, not uploaded. An empty string removes it."}}),
                   "description": "On create, title is required; on edit (PATCH), a missing or null field is left as it is."},
    "SectionDraft": {**obj({"name": {"type": "string", "maxLength": 100}, "color": {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$"},
                            "priceCents": {"type": "integer", "format": "int64", "minimum": 0, "maximum": 100000000},
                            "sortOrder": {"type": "integer", "description": "Order on the map and in lists; default: after the others"}}),
                     "description": "On create, name, color and priceCents are required; on edit a null field is left as it is. A new price applies to sales from then on."},
    "ManagedSection": obj({"id": S, "eventId": S, "name": S, "color": S, "priceCents": L, "currency": S, "sortOrder": I,
                           "seatCount": {"type": "integer", "description": "Seats of its layout"}}),
    "SectionList": obj({"items": arr(ref("ManagedSection"))}),
    "SessionDraft": {**obj({"startsAt": T, "queueEnabled": {"type": "boolean", "description": "Online buyers pass the virtual queue"}}),
                     "description": "On create startsAt (not in the past) is required; on edit a null field is left as it is."},
    "SeatPosition": obj({"row": S, "seat": I}, ["row", "seat"]),
    "LayoutSpec": {**obj({"rows": {"type": "integer", "minimum": 1, "maximum": 200},
                          "seatsPerRow": {"type": "integer", "minimum": 1, "maximum": 500},
                          "rowSeats": {**arr({"type": "integer", "minimum": 1, "maximum": 500}), "description": "Seats in each row, front first (instead of rows with seatsPerRow)"},
                          "rowLabels": {**enum("LETTERS", "NUMBERS"), "description": "LETTERS (default): A..Z without I and O, then AA, AB...; NUMBERS: 1, 2..."},
                          "firstRowIndex": {"type": "integer", "minimum": 0, "maximum": 400, "description": "Start the labels further on, e.g. 2 for a first row C"},
                          "shape": {**enum("STRAIGHT", "CURVED"), "description": "Default STRAIGHT"},
                          "radius": {"type": "number", "minimum": 1, "maximum": 1000, "description": "CURVED only: seat widths from the focal point on the stage to the first row (default 20); refused when too small for the widest row"},
                          "aisleAfter": {**arr(I), "description": "Seat numbers followed by an aisle one seat wide"},
                          "accessible": {**arr(ref("SeatPosition")), "description": "Wheelchair places"},
                          "originX": {"type": "number"}, "originY": {"type": "number"}}),
                   "description": "Generates rows and seats: one map unit per seat width, rows one unit apart (front row at originY, further rows at larger y), each row centred on originX. "
                                  "Curved rows lie on circles around a focal point radius units in front of the first row, seats one unit apart along the arc. At most 20,000 seats."},
    "SeatEdit": obj({"accessible": B}, ["accessible"]),
    "ProductDraft": {**obj({"name": {"type": "string", "maxLength": 200}, "priceCents": {"type": "integer", "format": "int64", "minimum": 0},
                            "stock": {"type": "integer", "minimum": 0, "maximum": 1000000, "description": "Units left; setting it replaces the count"}}),
                     "description": "On create every field is required; on edit a null field is left as it is."},
    "SalesTotals": {**obj({"ticketsSold": L, "orders": L, "grossCents": L, "platformFeeCents": L, "partnerNetCents": L}),
                    "description": "Paid orders only (refunded and unpaid ones are left out); gross = fee + net, tickets and products."},
    "SessionSales": obj({"sessionId": S, "startsAt": T, "totals": ref("SalesTotals")}),
    "SalesPoint": obj({"start": {"type": "string", "format": "date-time", "description": "Start of the hour or day in the report's zone"}, "totals": ref("SalesTotals")}),
    "SalesReport": obj({"eventId": S, "sessionId": {"type": "string", "nullable": True}, "currency": S, "bucket": enum("HOUR", "DAY"),
                        "zone": {"type": "string", "description": "Whose hours and days the series counts, e.g. America/Sao_Paulo; UTC by default"},
                        "totals": ref("SalesTotals"), "sessions": arr(ref("SessionSales")),
                        "series": {**arr(ref("SalesPoint")), "description": "By payment time, only buckets with sales, oldest first"}}),
    # admin
    "PartnerDraft": {**obj({"name": {"type": "string", "maxLength": 200}, "feeBps": {"type": "integer", "minimum": 0, "maximum": 10000, "description": "Platform fee in basis points (default 1000 = 10 %), applied to payments from then on"},
                            "enabled": {"type": "boolean", "description": "false: the partner's accounts cannot log in or use their tokens, and its events are neither listed nor sold"}}),
                     "description": "On create name is required; on edit a null field is left as it is."},
    "Partner": obj({"id": S, "name": S, "feeBps": I, "enabled": B, "createdAt": T}),
    "PartnerList": obj({"items": arr(ref("Partner"))}),
    "AccountDraft": obj({"username": {"type": "string", "maxLength": 200, "description": "Stored in lower case"},
                         "password": {"type": "string", "minLength": 8, "maxLength": 200},
                         "role": enum("PARTNER", "CASHIER", "GATE", "KIOSK"),
                         "partnerId": {"type": "string", "description": "Required for PARTNER; for others the partner they work for, or none for the venue's own staff"}},
                        ["username", "password", "role"]),
    "StaffAccount": obj({"id": S, "username": S, "role": enum("PARTNER", "CASHIER", "GATE", "KIOSK"), "partnerId": {"type": "string", "nullable": True}, "enabled": B}),
    "StaffAccountList": obj({"items": arr(ref("StaffAccount"))}),
    "AccountChange": {**obj({"enabled": B, "password": {"type": "string", "minLength": 8, "maxLength": 200}}),
                      "description": "Either or both. Disabling or setting a password signs the account out everywhere."},
    "PartnerSales": obj({"partnerId": S, "name": S, "totals": ref("SalesTotals")}),
    "PlatformReport": obj({"totals": ref("SalesTotals"), "partners": arr(ref("PartnerSales"))}),
}

paths = {
    "/health": {"get": op("Liveness: 200 when the database answers", [], {"200": ok("Up", ref("Health")), "503": ok("Database unreachable", ref("Health"))})},
    "/metrics": {"get": op("Prometheus metrics (holds, conflicts, sales, HTTP latency histograms)", [], {"200": {"description": "text/plain; version=0.0.4"}})},
    "/openapi.json": {"get": op("This document", [], {"200": {"description": "OpenAPI 3"}})},
    "/api/v1/auth/login": {"post": op("Log in", [], {"200": ok("A bearer token", ref("LoginResponse")),
        "401": problem("Wrong username or password; or, after 5 failures in a row, account-locked with a Retry-After header (30 s, doubling, at most 15 min)")},
        request=ref("LoginRequest"))},
    "/api/v1/customers": {"post": op("Register a customer", [], {"201": ok("Created", ref("Customer")), "409": problem("email-taken")},
        request=ref("CustomerRegistration"), idempotent=True)},
    "/api/v1/events": {"get": op("Search events", [], {"200": ok("Matching events with their sessions", ref("EventPage")), "400": problem("from/to not ISO-8601")},
        params=[query("q", "Text in title, description, category, venue or city"), query("from", "Only sessions starting at or after", "date-time"),
                query("to", "Only sessions starting at or before", "date-time")],
        description="With from or to, events without a session in the range are left out.")},
    "/api/v1/events/{id}": {"get": op("One event", [], {"200": ok("The event", ref("EventSummary")), "404": problem("Unknown event")}, params=[path_id()])},
    "/api/v1/events/{id}/products": {"get": op("Add-on products of an event", [], {"200": ok("Products with stock", ref("ProductList")), "404": problem("Unknown event")}, params=[path_id()])},
    "/api/v1/sessions/{id}/seatmap": {"get": op("Seat map of a session", [], {"200": ok("Sections and seats; a seat whose hold expired shows AVAILABLE", ref("SeatMap")), "404": problem("Unknown session")}, params=[path_id()])},
    "/api/v1/holds": {"post": op("Hold seats", SELLERS, {"201": ok("Held", ref("Hold")),
        "404": problem("Unknown session or section"),
        "409": problem("seats-unavailable, with conflictingSeatIds")},
        request=ref("HoldRequest"), idempotent=True,
        description="All or nothing. Durations per channel (caller's role): KIOSK 5 min (extendable to 15), CASHIER 15 (to 30), CUSTOMER 10. An expired hold's seats can be taken at once.")},
    "/api/v1/holds/{id}": {
        "get": op("A hold of the caller", SELLERS + ["ADMIN"], {"200": ok("The hold", ref("Hold")), "404": problem("Unknown, or not the caller's")}, params=[path_id()]),
        "delete": op("Release a hold: its seats are on sale again at once", SELLERS + ["ADMIN"],
                     {"204": {"description": "Released (also when it already was)"}, "404": problem("Unknown, or not the caller's"), "409": problem("Already paid: cancel the order")},
                     params=[path_id()], idempotent=True)},
    "/api/v1/holds/{id}/extend": {"post": op("Give an active hold more time (the buyer is still acting), up to the channel's cap", SELLERS,
        {"200": ok("The hold with its new expiresAt", ref("Hold")), "404": problem("Unknown, or not the caller's"), "409": problem("hold-expired")},
        params=[path_id()], idempotent=True)},
    "/api/v1/orders": {
        "post": op("Turn a hold (plus products) into an order awaiting payment", SELLERS,
                   {"201": ok("Created; posting again for the same unpaid hold replaces its cart", ref("OrderCreated")),
                    "404": problem("Unknown hold, or not the caller's"), "409": problem("hold-expired, or out-of-stock")},
                   request=ref("OrderRequest"), idempotent=True),
        "get": op("Find an order by its code", SELLERS + ["PARTNER", "ADMIN"], {"200": ok("The order", ref("Order")), "400": problem("No code given"), "404": problem("Unknown, or not visible to the caller")},
                  params=[{**query("code", "The 6-character order code"), "required": True}],
                  description="Cashiers and admins see every order, partners those of their events, kiosks those they sold, customers their own.")},
    "/api/v1/orders/{id}": {"get": op("One order with items, tickets and payment summary", SELLERS + ["PARTNER", "ADMIN"],
        {"200": ok("The order", ref("Order")), "404": problem("Unknown, or not visible to the caller")}, params=[path_id()])},
    "/api/v1/orders/{id}/payment": {"post": op("Pay an order by card", SELLERS,
        {"200": ok("Paid: one signed ticket per seat", ref("PaymentResult")),
         "400": problem("invalid-card (Luhn, expiry, CVV: never sent to the acquirer), or no Idempotency-Key"),
         "402": problem("payment-declined with declineReason; the hold is kept so another card can be tried"),
         "404": problem("Unknown order, or not the caller's"),
         "409": problem("hold-expired (any authorisation is given back), conflict (already paid with another key), payment-in-progress"),
         "422": problem("idempotency-key-reused with a different request"),
         "503": problem("acquirer-unavailable: nothing was charged; retry with the same key")},
        request=ref("PaymentRequest"), idempotent=True,
        description="The Idempotency-Key header is required. A repeated key returns the first answer (header Idempotent-Replayed: true) and never charges twice. Only brand, last 4 digits and authorisation code are stored. Sandbox cards: 4111111111111111 approves, 4000000000000002 declines, 4000000000009995 insufficient funds, 4000000000000119 acquirer timeout.")},
    "/api/v1/orders/{id}/cancel": {"post": op("Refund a paid order in full", ["CASHIER", "PARTNER", "ADMIN"],
        {"200": ok("The order, status REFUNDED: seats AVAILABLE again, tickets REVOKED, products restocked", ref("Order")),
         "404": problem("Unknown, or not the partner's"), "409": problem("Not paid, or the session has started")},
        params=[path_id()], idempotent=True)},
    "/api/v1/checkin/public-key": {"get": op("The ticket-signing public key, for gates that validate offline", [], {"200": ok("Key", ref("PublicKeyInfo"))})},
    "/api/v1/checkins": {"post": op("Scan a ticket at a gate", ["GATE"],
        {"200": ok("ACCEPTED the first time; ALREADY_USED with when and at which gate; REVOKED (refunded or reprinted); INVALID (forged, tampered, unknown)", ref("CheckinResult"))},
        request=ref("CheckinRequest"))},
}

BACK_OFFICE = ["PARTNER", "ADMIN"]
OWN = "A partner manages only its own events: another partner's answer 404, as if absent. An admin manages any."
NF = problem("Unknown, or another partner's")
def report_params():
    return [query("bucket", "HOUR or DAY (default): the width of one point of the time series"),
            query("zone", "IANA time zone whose hours and days the series counts, at its offset of today (default UTC)"),
            query("format", "json (default) or csv; Accept: text/csv asks for CSV too")]
REPORT_OK = {"description": "The report; as text/csv a header line kind,sessionId,start,ticketsSold,orders,grossCents,platformFeeCents,partnerNetCents,currency "
                            "then a TOTAL line, a SESSION line per session and a HOUR or DAY line per point of the series (CRLF line ends)",
             "content": {"application/json": {"schema": ref("SalesReport")}, "text/csv": {"schema": {"type": "string"}}}}
LAYOUT_FROZEN = problem("conflict: some seats concerned are sold or held in a session, or had tickets issued (refunded ones too); the detail says how many")

paths.update({
    "/api/v1/partner/events": {
        "get": op("The caller's events with their sessions", BACK_OFFICE, {"200": ok("Events", ref("EventPage"))},
                  params=[query("partnerId", "Admin only: one partner's events (default: all)")],
                  description="Events of a disabled partner are listed here, not in the public search."),
        "post": op("Create an event", BACK_OFFICE, {"201": ok("Created, without sessions", ref("EventSummary"))},
                   request=ref("EventDraft"), idempotent=True, description=OWN)},
    "/api/v1/partner/events/{id}": {"patch": op("Edit an event", BACK_OFFICE, {"200": ok("The event", ref("EventSummary")), "404": NF},
        request=ref("EventDraft"), params=[path_id()], idempotent=True, description=OWN)},
    "/api/v1/partner/events/{id}/sections": {
        "get": op("Sections of an event with their seat counts", BACK_OFFICE, {"200": ok("Sections", ref("SectionList")), "404": NF}, params=[path_id()]),
        "post": op("Add a section (no seats until its layout is set)", BACK_OFFICE, {"201": ok("Created", ref("ManagedSection")), "404": NF},
                   request=ref("SectionDraft"), params=[path_id()], idempotent=True)},
    "/api/v1/partner/sections/{id}": {"patch": op("Rename, recolour, reprice or reorder a section", BACK_OFFICE, {"200": ok("The section", ref("ManagedSection")), "404": NF},
        request=ref("SectionDraft"), params=[path_id()], idempotent=True)},
    "/api/v1/partner/events/{id}/sessions": {"post": op("Add a session: every seat of the event on sale in it", BACK_OFFICE,
        {"201": ok("Created", ref("SessionSummary")), "404": NF}, request=ref("SessionDraft"), params=[path_id()], idempotent=True)},
    "/api/v1/partner/sessions/{id}": {
        "patch": op("Move a session or switch its virtual queue (allowed after sales: tickets stay valid)", BACK_OFFICE,
                    {"200": ok("The session", ref("SessionSummary")), "404": NF}, request=ref("SessionDraft"), params=[path_id()], idempotent=True),
        "delete": op("Delete a session nothing was sold for", BACK_OFFICE,
                     {"204": {"description": "Deleted with its inventory"}, "404": NF,
                      "409": problem("conflict: seats sold or held, or orders exist (even refunded or unpaid)")},
                     params=[path_id()], idempotent=True)},
    "/api/v1/partner/sections/{id}/layout": {
        "get": op("The seats of a section, as a seat map without a session (sessionId null, statuses AVAILABLE)", BACK_OFFICE,
                  {"200": ok("Seats", ref("SeatMap")), "404": NF}, params=[path_id()]),
        "put": op("Replace a section's seats with a generated layout, in every session of the event", BACK_OFFICE,
                  {"200": ok("The new seats", ref("SeatMap")), "404": NF, "409": LAYOUT_FROZEN},
                  request=ref("LayoutSpec"), params=[path_id()], idempotent=True,
                  description="Seats belong to the event: every session sells the same map, so a layout changes only while none of the section's seats is sold or held in any session and none was ever ticketed.")},
    "/api/v1/partner/sections/{id}/layout/preview": {"post": op("The seats a layout would generate, saving nothing (ids row-number)", BACK_OFFICE,
        {"200": ok("A seat map without a session, for the seat map view", ref("SeatMap")), "404": NF}, request=ref("LayoutSpec"), params=[path_id()])},
    "/api/v1/partner/seats/{id}": {
        "patch": op("Mark a seat as a wheelchair place or not (allowed after sales: no ticket changes)", BACK_OFFICE,
                    {"200": ok("The seat", ref("Seat")), "404": NF}, request=ref("SeatEdit"), params=[path_id()], idempotent=True),
        "delete": op("Remove a seat from the map of every session", BACK_OFFICE,
                     {"204": {"description": "Removed"}, "404": NF, "409": LAYOUT_FROZEN}, params=[path_id()], idempotent=True)},
    "/api/v1/partner/events/{id}/products": {"post": op("Add a marketplace product (listed by GET /api/v1/events/{id}/products)", BACK_OFFICE,
        {"201": ok("Created", ref("Product")), "404": NF}, request=ref("ProductDraft"), params=[path_id()], idempotent=True)},
    "/api/v1/partner/products/{id}": {"patch": op("Rename, reprice or restock a product", BACK_OFFICE,
        {"200": ok("The product", ref("Product")), "404": NF}, request=ref("ProductDraft"), params=[path_id()], idempotent=True)},
    "/api/v1/partner/events/{id}/report": {"get": op("Sales of an event: totals, per session, and a time series", BACK_OFFICE,
        {"200": REPORT_OK, "400": problem("Unknown bucket, zone or format"), "404": NF}, params=[path_id()] + report_params(),
        description="Summed in the database, so a sold-out stadium answers quickly.")},
    "/api/v1/partner/sessions/{id}/report": {"get": op("Sales of one session", BACK_OFFICE,
        {"200": REPORT_OK, "400": problem("Unknown bucket, zone or format"), "404": NF}, params=[path_id()] + report_params())},
    "/api/v1/admin/partners": {
        "get": op("All partners", ["ADMIN"], {"200": ok("Partners", ref("PartnerList"))}),
        "post": op("Create a partner (then its PARTNER account with POST /api/v1/admin/accounts)", ["ADMIN"],
                   {"201": ok("Created", ref("Partner"))}, request=ref("PartnerDraft"), idempotent=True)},
    "/api/v1/admin/partners/{id}": {"patch": op("Rename, set the fee of, disable or enable a partner", ["ADMIN"],
        {"200": ok("The partner", ref("Partner")), "404": problem("Unknown partner")}, request=ref("PartnerDraft"), params=[path_id()], idempotent=True,
        description="Other backend processes sharing the database notice a disabled partner's tokens within 30 s.")},
    "/api/v1/admin/accounts": {
        "get": op("Staff accounts: partner, cashier, gate and kiosk logins (not customers nor admins)", ["ADMIN"], {"200": ok("Accounts", ref("StaffAccountList"))},
                  params=[query("partnerId", "Only this partner's staff")]),
        "post": op("Create a partner, cashier, gate or kiosk account", ["ADMIN"],
                   {"201": ok("Created", ref("StaffAccount")), "409": problem("conflict: username taken")},
                   request=ref("AccountDraft"), idempotent=True)},
    "/api/v1/admin/accounts/{id}": {"patch": op("Disable or enable a staff account, or set its password", ["ADMIN"],
        {"200": ok("The account", ref("StaffAccount")), "404": problem("Unknown, or a customer's or an admin's")},
        request=ref("AccountChange"), params=[path_id()], idempotent=True)},
    "/api/v1/admin/report": {"get": op("Sales across all partners", ["ADMIN"], {"200": ok("Totals and one line per partner", ref("PlatformReport"))})},
})

doc = {
    "openapi": "3.0.3",
    "info": {"title": "Bilheteria API", "version": "1",
             "description": "Ticket selling at physical points of sale. Money in integer cents with a currency code, times ISO-8601, ids strings. "
                            "Errors are RFC 9457 problem documents. Every response carries X-Request-Id. Request bodies are at most 64 KiB. "
                            "State-changing calls accept an Idempotency-Key header: repeated with the same key and body they replay the first answer."},
    "servers": [{"url": "/"}],
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "parameters": {"IdempotencyKey": {"name": "Idempotency-Key", "in": "header", "required": False,
                                          "schema": {"type": "string", "maxLength": 200},
                                          "description": "Same key and body: the first answer is replayed. Required on payment."}},
        "schemas": schemas},
    "paths": paths,
}

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "openapi.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=1, ensure_ascii=False)
    f.write("\n")
