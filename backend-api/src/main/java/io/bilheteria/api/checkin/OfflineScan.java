package io.bilheteria.api.checkin;

import java.time.Instant;

/** One scan a gate made, maybe offline: {@code scanId} is the gate's own, unique per gate. */
public record OfflineScan(String scanId, String qr, Instant scannedAt) {
}
