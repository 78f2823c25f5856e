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
