package io.bilheteria.backend.checkin;

import io.bilheteria.api.checkin.CheckinRequest;
import io.bilheteria.api.checkin.CheckinResult;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.PublicKeyInfo;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketCode;
import io.bilheteria.backend.tickets.TicketSigner;
import java.time.Clock;
import java.time.Instant;

/**
 * Admits tickets at the gate. The signature is checked first (a forged code never
 * touches the database), then the first valid scan wins by a conditional update, so
 * two gates or two backend processes can never both admit one ticket.
 */
public final class CheckinService {
    private final Transactions tx;
    private final Clock clock;
    private final TicketSigner signer;
    private final SalesMetrics metrics;

    public CheckinService(Transactions tx, Clock clock, TicketSigner signer, SalesMetrics metrics) {
        this.tx = tx;
        this.clock = clock;
        this.signer = signer;
        this.metrics = metrics;
    }

    public PublicKeyInfo publicKey() {
        return new PublicKeyInfo("Ed25519", signer.publicKeyBase64());
    }

    public CheckinResult checkin(Principal gate, CheckinRequest request) {
        if (request == null || request.qr() == null || request.qr().isBlank()) {
            throw DomainException.invalid("'qr' is required");
        }
        String gateId = request.gateId() == null || request.gateId().isBlank() ? gate.username() : request.gateId().trim();
        if (gateId.length() > 100) {
            throw DomainException.invalid("'gateId' is longer than 100 characters");
        }
        CheckinResult result = decide(gate, request.qr(), gateId);
        metrics.checkin(result.result().name());
        return result;
    }

    private CheckinResult decide(Principal gate, String qr, String gateId) {
        var parsed = TicketCode.parse(qr);
        if (parsed.isEmpty() || !signer.verify(parsed.get())) {
            record(gate, null, gateId, CheckinResultType.INVALID);
            return new CheckinResult(CheckinResultType.INVALID, null, null, null);
        }
        TicketCode code = parsed.get().code();
        long now = clock.millis();
        return tx.inTransaction(h -> {
            var ticket = h.createQuery("SELECT status, version, session_id, spot_id FROM tickets WHERE id = :id")
                    .bind("id", code.ticketId())
                    .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4)})
                    .findOne();
            if (ticket.isEmpty() || !ticket.get()[2].equals(code.sessionId())
                    || !Long.toString((long) ticket.get()[3]).equals(code.seatId())) {
                recordIn(h, gate, null, gateId, CheckinResultType.INVALID, now);
                return new CheckinResult(CheckinResultType.INVALID, null, null, null);
            }
            if (!"VALID".equals(ticket.get()[0]) || (int) ticket.get()[1] != code.version()) {
                recordIn(h, gate, code.ticketId(), gateId, CheckinResultType.REVOKED, now);
                return new CheckinResult(CheckinResultType.REVOKED, code.ticketId(), null, null);
            }
            int won = h.createUpdate("UPDATE tickets SET first_scan_at = :now, first_gate_id = :g "
                            + "WHERE id = :id AND first_scan_at IS NULL AND status = 'VALID'")
                    .bind("now", now).bind("g", gateId).bind("id", code.ticketId()).execute();
            var first = h.createQuery("SELECT first_scan_at, first_gate_id FROM tickets WHERE id = :id")
                    .bind("id", code.ticketId())
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).one();
            CheckinResultType type = won == 1 ? CheckinResultType.ACCEPTED : CheckinResultType.ALREADY_USED;
            recordIn(h, gate, code.ticketId(), gateId, type, now);
            return new CheckinResult(type, code.ticketId(), Instant.ofEpochMilli((long) first[0]), (String) first[1]);
        });
    }

    private void record(Principal gate, String ticketId, String gateId, CheckinResultType result) {
        tx.useTransaction(h -> recordIn(h, gate, ticketId, gateId, result, clock.millis()));
    }

    private static void recordIn(org.jdbi.v3.core.Handle h, Principal gate, String ticketId, String gateId,
                                 CheckinResultType result, long now) {
        h.createUpdate("INSERT INTO checkins (ticket_id, gate_id, account_id, result, scanned_at) "
                        + "VALUES (:t, :g, :a, :r, :now)")
                .bind("t", ticketId).bind("g", gateId).bind("a", gate.accountId()).bind("r", result.name())
                .bind("now", now).execute();
    }
}
