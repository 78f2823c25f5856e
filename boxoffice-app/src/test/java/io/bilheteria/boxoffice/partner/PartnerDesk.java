package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.InlineTaskExecutor;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the back office's view models share, without a stage: the partner's account on the real
 * backend, calls run inline, the message line; and the events each save reports.
 */
final class PartnerDesk {
    static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");
    static final String THEATRE = "O Auto da Compadecida";
    final LocalBackend backend;
    final Messages messages = new Messages(Messages.PT_BR, PartnerScreen.BUNDLE);
    final BackendCalls calls = new BackendCalls(new InlineTaskExecutor(), messages);
    final PartnerMessageViewModel message = new PartnerMessageViewModel(messages, calls);
    final Inputs inputs = new Inputs(messages);
    final TerminalBackend partner;
    /** The event ids saves reported, in order. */
    final List<String> saved = new ArrayList<>();

    PartnerDesk(LocalBackend backend) {
        this(backend, "partner", "demo-partner");
    }

    PartnerDesk(LocalBackend backend, String username, String password) {
        this.backend = backend;
        BilheteriaClient client = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
        this.partner = new TerminalBackend(client, username, password);
    }

    /** The partner's event with this title, as the backend has it now. */
    EventSummary event(String title) {
        return backend.as("partner").partnerEvents(null).items().stream().filter(e -> e.title().equals(title))
                .findFirst().orElseThrow();
    }

    /** A new event of the demo partner's, with nothing in it yet. */
    EventSummary newEvent(String title) {
        BilheteriaClient client = backend.as("partner");
        String id = client.createEvent(new EventDraft(null, title, null, null, "Teatro Oficina", "São Paulo", null)).id();
        return client.partnerEvents(null).items().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    String said() {
        return message.textProperty().get().replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
