package io.bilheteria.devices.printer.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/** A network printer's raw port (9100, "JetDirect"): the same ESC/POS bytes over a TCP connection. */
public final class TcpPrinterLink extends TwoWayLink {
    public static final int DEFAULT_PORT = 9100;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final String host;
    private final int port;

    public TcpPrinterLink(String host, int port) {
        this.host = Objects.requireNonNull(host, "host");
        if (host.isBlank() || port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a network printer needs a host and a port from 1 to 65535");
        }
        this.port = port;
    }

    @Override
    protected TwoWay open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
            socket.setTcpNoDelay(true);
            return new SocketConnection(socket, socket.getInputStream(), socket.getOutputStream());
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot connect to the printer at " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return host + ":" + port;
    }

    private record SocketConnection(Socket socket, InputStream in, OutputStream out) implements TwoWay {
        @Override
        public void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        @Override
        public int read(Duration timeout) throws IOException {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            try {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the printer closed the connection");
                }
                return b;
            } catch (SocketTimeoutException e) {
                return -1;
            }
        }

        @Override
        public void discardInput() throws IOException {
            in.skipNBytes(in.available());
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken connection: nothing left to release
            }
        }
    }
}
