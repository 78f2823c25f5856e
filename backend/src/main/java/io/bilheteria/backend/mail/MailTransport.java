package io.bilheteria.backend.mail;

/**
 * Where mail goes: an SMTP server ({@link SmtpTransport}), or files on disk when none is set
 * ({@link EmlFileTransport}, the mail simulator of the embedded default).
 */
public interface MailTransport {

    /** Hands the message on; throws when it was not accepted, so the sender tries again later. */
    void send(OutgoingMail mail) throws MailNotSentException;

    /** Where this transport delivers, for the log. */
    String describe();

    /** The message was not handed on; {@code getMessage()} says why in a line fit for the outbox. */
    final class MailNotSentException extends Exception {
        public MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
