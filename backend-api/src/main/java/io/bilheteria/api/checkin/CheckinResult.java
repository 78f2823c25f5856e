package io.bilheteria.api.checkin;

import java.time.Instant;

public record CheckinResult(CheckinResultType result, String ticketId, Instant firstScanAt, String firstGateId) {
}
