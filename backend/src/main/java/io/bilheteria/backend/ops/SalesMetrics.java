package io.bilheteria.backend.ops;

import io.bilheteria.backend.common.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The business counters operators watch: holds, conflicts, sales, refunds, scans. */
public final class SalesMetrics {
    private final MeterRegistry registry;

    public SalesMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void holdCreated(Channel channel) {
        counter("bilheteria.holds", "channel", channel.name()).increment();
    }

    public void holdConflict(Channel channel) {
        counter("bilheteria.holds.conflicts", "channel", channel.name()).increment();
    }

    public void sale(String channel, int seats, long grossCents) {
        counter("bilheteria.sales", "channel", channel).increment();
        counter("bilheteria.seats.sold", "channel", channel).increment(seats);
        counter("bilheteria.revenue.cents", "channel", channel).increment(grossCents);
    }

    public void paymentDeclined(String reason) {
        counter("bilheteria.payments.declined", "reason", reason).increment();
    }

    public void refund(int seats) {
        counter("bilheteria.refunds").increment();
        counter("bilheteria.seats.refunded").increment(seats);
    }

    public void checkin(String result) {
        counter("bilheteria.checkins", "result", result).increment();
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
