package io.bilheteria.backend.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: every due message is composed, handed to the transport and marked sent;
 * one that was not accepted is tried again later, waiting twice as long each time (30 s, 1 min,
 * 2 min ... at most an hour), and given up after {@link #ATTEMPTS} tries (about eight hours),
 * its last error kept. It runs on its own thread, so a slow SMTP server delays no sale and no
 * sweep; a sale wakes it, and it looks every {@code every} for mail of other processes and retries.
 */
public final class MailSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MailSender.class);
    static final int ATTEMPTS = 15;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** Longer than one message can take (the SMTP timeouts), so no other process sends it meanwhile. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final MailOutboxRepository outbox;
    private final Map<String, MailComposer> composers;
    private final MailTransport transport;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mail-sender");
        t.setDaemon(true);
        return t;
    });

    public MailSender(MailOutboxRepository outbox, List<MailComposer> composers, MailTransport transport, Clock clock,
                      Duration every) {
        this.outbox = outbox;
        this.composers = composers.stream().collect(Collectors.toMap(MailComposer::kind, Function.identity()));
        this.transport = transport;
        this.clock = clock;
        log.info("mail goes to {}", transport.describe());
        thread.scheduleWithFixedDelay(this::deliverDueLogged, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks at the outbox now (after a sale queued a message), not at the next round. */
    public void wake() {
        if (!thread.isShutdown()) {
            thread.execute(this::deliverDueLogged);
        }
    }

    /**
     * A round on the sender's own thread after any running one; the future is done when it is, so a
     * caller knows every message due before the call was tried.
     */
    public Future<?> deliverNow() {
        return thread.submit(this::deliverDueLogged);
    }

    private void deliverDueLogged() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // the outbox is in the database: when that is down, /health and the calls say so at length
            log.warn("mail delivery round failed, will try again: {}", e.toString());
        }
    }

    /** One round: sends what is due, as long as there is more due. */
    void deliverDue() {
        List<MailOutboxRepository.Waiting> due;
        do {
            due = outbox.due(clock.millis(), BATCH);
            for (MailOutboxRepository.Waiting message : due) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                long now = clock.millis();
                if (outbox.claim(message.id(), now, now + LEASE.toMillis())) {
                    deliver(message);
                }
            }
        } while (due.size() == BATCH);
    }

    private void deliver(MailOutboxRepository.Waiting message) {
        int attempt = message.attempts() + 1;
        try {
            MailComposer composer = composers.get(message.kind());
            if (composer == null) {
                throw new IllegalStateException("no composer for mail of kind " + message.kind());
            }
            Optional<OutgoingMail> mail = composer.compose(message.id(), message.subjectId(), message.recipient());
            if (mail.isEmpty()) {
                outbox.skipped(message.id(), attempt);
                log.info("{} mail about {} no longer due; skipped", message.kind(), message.subjectId());
                return;
            }
            transport.send(mail.get());
            outbox.sent(message.id(), attempt, clock.millis());
            log.info("{} mail about {} sent (attempt {})", message.kind(), message.subjectId(), attempt);
        } catch (MailTransport.MailNotSentException | RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (attempt >= ATTEMPTS) {
                outbox.gaveUp(message.id(), attempt, error);
                log.error("{} mail about {} given up after {} attempts: {}", message.kind(), message.subjectId(),
                        attempt, error);
            } else {
                Duration wait = waitAfter(attempt);
                outbox.retryAt(message.id(), attempt, clock.millis() + wait.toMillis(), error);
                log.warn("{} mail about {} not sent (attempt {}), next try in {}: {}", message.kind(),
                        message.subjectId(), attempt, wait, error);
            }
        }
    }

    /** How long to wait after the {@code attempt}-th failed try. */
    static Duration waitAfter(int attempt) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Stops, letting a message being sent finish (the SMTP timeouts bound it). */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(20, TimeUnit.SECONDS)) {
                log.warn("a mail was still being sent at the stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
