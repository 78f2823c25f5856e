package io.bilheteria.devices.printer.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/** A reconnecting link whose connection also reads: finds a status answer among whatever else the printer sends. */
abstract class TwoWayLink extends ReconnectingLink<TwoWayLink.TwoWay> implements AnsweringLink {

    /** A connection that reads the printer's answers too. */
    interface TwoWay extends ReconnectingLink.Connection {
        /** The next byte, or -1 when none came within {@code timeout}. */
        int read(Duration timeout) throws IOException;

        /** Drops whatever arrived unasked, so it is not taken for the next answer. */
        void discardInput() throws IOException;
    }

    @Override
    public final OptionalInt ask(byte[] request, IntPredicate accept, Duration timeout) throws IOException {
        return onConnection(connection -> {
            connection.discardInput();
            connection.write(request);
            long deadline = System.nanoTime() + timeout.toNanos();
            long left;
            while ((left = deadline - System.nanoTime()) > 0) {
                int b = connection.read(Duration.ofNanos(left));
                if (b >= 0 && accept.test(b)) {
                    return OptionalInt.of(b);
                }
            }
            return OptionalInt.empty();
        });
    }
}
