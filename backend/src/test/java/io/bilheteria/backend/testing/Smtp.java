package io.bilheteria.backend.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.bilheteria.backend.mail.MailSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A real SMTP server in the test's process (GreenMail), and the settings a backend sends mail to it with. */
public final class Smtp {
    private Smtp() {
    }

    /** A server on a free port, not started yet: a test may send to it while it is down. */
    public static GreenMail onAFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain SMTP without credentials, as GreenMail takes it. */
    public static MailSettings settings(GreenMail server) {
        return new MailSettings("127.0.0.1", server.getSmtp().getServerSetup().getPort(), MailSettings.Security.NONE,
                null, null, MailSettings.DEFAULT_FROM);
    }
}
