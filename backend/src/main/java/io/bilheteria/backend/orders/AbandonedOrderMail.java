package io.bilheteria.backend.orders;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.backend.mail.Html;
import io.bilheteria.backend.mail.MailComposer;
import io.bilheteria.backend.mail.MailOutboxRepository;
import io.bilheteria.backend.mail.OutgoingMail;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One e-mail to a buyer who gave up (the hold ran out, or was cancelled at payment) offering the
 * event's other sessions that still have seats: queued once per order (the outbox refuses a
 * second), and skipped at sending time if the buyer has bought the event since, or no other
 * session has seats left.
 */
public final class AbandonedOrderMail implements MailComposer {
    public static final String KIND = "ABANDONED";
    /** Orders older than this when found are not written to: the moment has passed. */
    private static final Duration LOOK_BACK = Duration.ofDays(1);
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("EEEE, dd/MM 'às' HH:mm", PT_BR)
            .withZone(ZoneId.of("America/Sao_Paulo"));

    private final Clock clock;
    private final OrderRepository orders;
    private final SuggestionRepository found;
    private final SuggestionService suggestions;
    private final MailOutboxRepository outbox;

    public AbandonedOrderMail(Transactions tx, Clock clock, OrderRepository orders, SuggestionService suggestions,
                              MailOutboxRepository outbox) {
        this.clock = clock;
        this.orders = orders;
        this.found = new SuggestionRepository(tx);
        this.suggestions = suggestions;
        this.outbox = outbox;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Queues a mail for each order given up on since the last look; how many. Run by the housekeeping. */
    public int queue() {
        long now = clock.millis();
        int queued = 0;
        for (SuggestionRepository.Abandoned order : found.abandonedSince(now - LOOK_BACK.toMillis(), KIND)) {
            if (outbox.add(KIND, order.orderId(), order.email(), now)) {
                queued++;
            }
        }
        return queued;
    }

    @Override
    public Optional<OutgoingMail> compose(String outboxId, String orderId, String recipient) {
        OrderRepository.OrderRow order = orders.row(OrderRepository.Key.ID, orderId, false)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " is gone"));
        List<SessionSummary> sessions = suggestions.sessionsAfterGivingUp(order, recipient);
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        String title = orders.load(order).session().eventTitle();
        StringBuilder text = new StringBuilder("Olá!\n\nSua compra para ").append(title)
                .append(" não foi concluída. Ainda há lugares nestas sessões:\n\n");
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\"><p>Olá!</p><p>Sua compra para <b>")
                .append(Html.escape(title)).append("</b> não foi concluída. Ainda há lugares nestas sessões:</p><ul>");
        for (SessionSummary session : sessions) {
            String line = SHOW.format(session.startsAt()) + " · " + session.availableSeats()
                    + (session.availableSeats() == 1 ? " lugar livre" : " lugares livres");
            text.append("  ").append(line).append('\n');
            html.append("<li>").append(Html.escape(line)).append("</li>");
        }
        String close = "Compre no totem, na bilheteria ou online. Nenhum valor foi cobrado pela compra não concluída.";
        text.append('\n').append(close).append('\n');
        html.append("</ul><p>").append(Html.escape(close)).append("</p></body></html>");
        return Optional.of(new OutgoingMail(outboxId, recipient, "Ainda dá tempo: " + title, text.toString(),
                html.toString(), List.of()));
    }

}
