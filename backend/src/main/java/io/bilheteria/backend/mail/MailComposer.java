package io.bilheteria.backend.mail;

import java.util.Optional;

/**
 * Writes the message of one kind (a receipt, say) about its subject when it is sent, from what
 * the database holds then: the outbox row stays small and the message is never stale.
 */
public interface MailComposer {

    /** The kind of message this composer writes, as the outbox names it. */
    String kind();

    /** The message; empty when, as things stand now, it should not be sent at all (it is then skipped). */
    Optional<OutgoingMail> compose(String outboxId, String subjectId, String recipient);
}
