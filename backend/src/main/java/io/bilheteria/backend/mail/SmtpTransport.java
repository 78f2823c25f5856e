package io.bilheteria.backend.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/** Sends mail through an SMTP server with Jakarta Mail (Eclipse Angus). */
public final class SmtpTransport implements MailTransport {
    /** A server that does not answer must not keep the sender from the rest of the outbox for long. */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private final MailSettings settings;
    private final Session session;
    private final Clock clock;

    public SmtpTransport(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Properties p = new Properties();
        String protocol = settings.security() == MailSettings.Security.SSL ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", settings.host());
        p.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        p.put("mail." + protocol + ".auth", Boolean.toString(settings.user() != null));
        p.put("mail." + protocol + ".connectiontimeout", Long.toString(TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".timeout", Long.toString(TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".writetimeout", Long.toString(TIMEOUT.toMillis()));
        if (settings.security() == MailSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(p);
    }

    @Override
    public void send(OutgoingMail mail) throws MailNotSentException {
        try {
            MimeMessage message = MimeMessages.build(session, settings.from(), mail, Date.from(clock.instant()));
            if (settings.user() == null) {
                Transport.send(message);
            } else {
                Transport.send(message, settings.user(), settings.password());
            }
        } catch (MessagingException e) {
            throw new MailNotSentException("SMTP " + settings.host() + ":" + settings.port() + " refused: "
                    + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
    }

    @Override
    public String describe() {
        return "SMTP " + settings;
    }
}
