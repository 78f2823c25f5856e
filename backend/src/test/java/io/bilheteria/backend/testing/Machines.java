package io.bilheteria.backend.testing;

import io.bilheteria.client.BilheteriaClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;

/**
 * Clients on other machines, as the backend sees them: their connections come from another
 * loopback address (127.0.0.2, 127.0.0.3...; Linux routes all of 127.0.0.0/8 to this machine).
 */
public final class Machines {
    private Machines() {
    }

    /** A client with no token whose calls come from {@code address}, e.g. "127.0.0.7". */
    public static BilheteriaClient at(String baseUrl, String address) {
        InetAddress local;
        try {
            local = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
        OkHttpClient http = new OkHttpClient.Builder().socketFactory(new BoundTo(local)).build();
        return BilheteriaClient.builder().baseUrl(baseUrl).httpClient(http).build();
    }

    /** Opens every socket from one local address. */
    private static final class BoundTo extends SocketFactory {
        private final InetAddress local;

        BoundTo(InetAddress local) {
            this.local = local;
        }

        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(local, 0));
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return new Socket(host, port, local, 0);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return new Socket(host, port, local, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return new Socket(host, port, local, 0);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return new Socket(address, port, local, localPort);
        }
    }
}
