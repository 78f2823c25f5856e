package io.bilheteria.backend.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * The mail simulator: without an SMTP server each message is written as an {@code .eml} file
 * (any mail program opens it) in one folder, named by its outbox id so a message written again
 * replaces itself. Written to a temporary name and moved, so a reader never sees half a file.
 */
public final class EmlFileTransport implements MailTransport {
    private final Path folder;
    private final String from;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public EmlFileTransport(Path folder, String from, Clock clock) {
        this.folder = folder;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) throws MailNotSentException {
        Path target = folder.resolve(mail.id() + ".eml");
        Path partial = folder.resolve(mail.id() + ".eml.partial");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(partial)) {
                MimeMessages.build(session, from, mail, Date.from(clock.instant())).writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            throw new MailNotSentException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return ".eml files in " + folder.toAbsolutePath();
    }
}
