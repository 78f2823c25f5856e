package io.bilheteria.backend.mail;

import java.util.List;

/**
 * A message ready to send: a plain-text part for every reader, an HTML part for those that show
 * it, and images the HTML shows inline by {@code cid:} (a ticket's QR code, say). {@code id} is
 * the outbox row's: it makes the Message-ID, so a message sent twice after a crash is one to the
 * recipient's mail program.
 */
public record OutgoingMail(String id, String to, String subject, String text, String html, List<InlineImage> images) {

    public OutgoingMail {
        images = List.copyOf(images);
    }

    /** A PNG the HTML part shows as {@code <img src="cid:contentId">}. */
    public record InlineImage(String contentId, byte[] png) {
    }
}
