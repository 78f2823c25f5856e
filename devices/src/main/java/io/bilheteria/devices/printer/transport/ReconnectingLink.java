package io.bilheteria.devices.printer.transport;

import java.io.IOException;

/**
 * What every link does the same way: connect on first use and drop the connection on any
 * failure so the next call connects afresh. Subclasses only open their kind of connection;
 * {@link TwoWayLink} adds asking the printer for its status.
 *
 * @param <C> the kind of connection: one that only writes, or a {@link TwoWayLink.TwoWay}
 */
abstract class ReconnectingLink<C extends ReconnectingLink.Connection> implements PrinterLink {
    private C connection;

    /** One open connection to the printer. */
    interface Connection {
        void write(byte[] bytes) throws IOException;

        void close();
    }

    /** Work on the open connection; a failure drops it. */
    interface ConnectionWork<C, T> {
        T apply(C connection) throws IOException;
    }

    protected abstract C open() throws IOException;

    /** Whether an open connection still leads to the printer; a device file checks that its node still exists. */
    protected boolean stillThere() {
        return true;
    }

    @Override
    public final synchronized void connect() throws IOException {
        if (connection != null && stillThere()) {
            return;
        }
        close();
        connection = open();
    }

    @Override
    public final void send(byte[] bytes) throws IOException {
        onConnection(connection -> {
            connection.write(bytes);
            return null;
        });
    }

    /** Runs {@code work} on the connection, connecting first; any failure drops the connection. */
    protected final synchronized <T> T onConnection(ConnectionWork<C, T> work) throws IOException {
        connect();
        try {
            return work.apply(connection);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    @Override
    public final synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
