package io.bilheteria.boxoffice.counter;

/**
 * The counter's day in numbers: products handed over and scans refused. The venue's day runs
 * until six in the morning, so a late show's last hand-overs count with the evening's.
 */
public record HandoverCounts(int handedOver, int refused) {
}
