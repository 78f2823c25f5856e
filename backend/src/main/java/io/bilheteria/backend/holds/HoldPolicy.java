package io.bilheteria.backend.holds;

import io.bilheteria.backend.common.Channel;
import java.time.Duration;
import java.util.Map;

/**
 * How long a hold lasts per channel, and the cap its extensions may reach. A kiosk
 * customer who keeps tapping keeps the seats, but not forever.
 */
public record HoldPolicy(Map<Channel, Duration> initial, Map<Channel, Duration> cap) {

    public static HoldPolicy defaults() {
        return new HoldPolicy(
                Map.of(Channel.KIOSK, Duration.ofMinutes(5), Channel.BOX_OFFICE, Duration.ofMinutes(15),
                        Channel.ONLINE, Duration.ofMinutes(10)),
                Map.of(Channel.KIOSK, Duration.ofMinutes(15), Channel.BOX_OFFICE, Duration.ofMinutes(30),
                        Channel.ONLINE, Duration.ofMinutes(10)));
    }

    public static HoldPolicy uniform(Duration initial, Duration cap) {
        return new HoldPolicy(
                Map.of(Channel.KIOSK, initial, Channel.BOX_OFFICE, initial, Channel.ONLINE, initial),
                Map.of(Channel.KIOSK, cap, Channel.BOX_OFFICE, cap, Channel.ONLINE, cap));
    }

    public Duration initialFor(Channel channel) {
        return initial.get(channel);
    }

    public Duration capFor(Channel channel) {
        Duration c = cap.get(channel);
        return c.compareTo(initial.get(channel)) < 0 ? initial.get(channel) : c;
    }
}
