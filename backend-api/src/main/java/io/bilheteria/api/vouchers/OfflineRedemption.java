package io.bilheteria.api.vouchers;

import java.time.Instant;

/** A scan a counter decided by itself while offline; {@code scanId} is unique per counter (replays are answered the same). */
public record OfflineRedemption(String scanId, String code, Instant redeemedAt) {
}
