package io.bilheteria.backend.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Builds the MIME message both transports send: text and HTML alternatives, the HTML's images related to it. */
final class MimeMessages {
    private MimeMessages() {
    }

    static MimeMessage build(Session session, String from, OutgoingMail mail, Date sentAt) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // one id per outbox row: a message sent again after a crash is the same message
                setHeader("Message-ID", "<" + mail.id() + "@bilheteria>");
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(sentAt);

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());

        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        related.addBodyPart(html);
        for (OutgoingMail.InlineImage image : mail.images()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.png(), "image/png")));
            part.setContentID("<" + image.contentId() + ">");
            part.setDisposition(MimeBodyPart.INLINE);
            part.setFileName(image.contentId() + ".png");
            related.addBodyPart(part);
        }
        MimeBodyPart htmlWithImages = new MimeBodyPart();
        htmlWithImages.setContent(related);

        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(htmlWithImages);
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }
}
