package io.bilheteria.kiosk;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.kiosk.browse.BrowseScreens;
import io.bilheteria.kiosk.checkout.CheckoutScreens;
import io.bilheteria.kiosk.collect.CollectScreens;
import io.bilheteria.kiosk.shell.HoldClock;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.InlineTaskExecutor;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What the kiosk's view models share, as a test builds it: the texts in Portuguese, one customer's
 * sale on a real backend, background calls run inline (an answer is handled before the call
 * returns), the journey recorded, the kiosk in service.
 */
public record ModelParts(Messages messages, Sale sale, InlineTaskExecutor tasks, BackendCalls calls,
                         RecordedJourney journey, HoldClock holdClock, KioskStatus status) {
    public static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");

    public static ModelParts on(LocalBackend backend) {
        Messages messages = new Messages(Messages.PT_BR, KioskWindow.BUNDLE, BrowseScreens.BUNDLE,
                CheckoutScreens.BUNDLE, CollectScreens.BUNDLE);
        Sale sale = new Sale(Terminals.kiosk(backend), Clock.systemUTC(), VENUE, "totem-01");
        InlineTaskExecutor tasks = new InlineTaskExecutor();
        BackendCalls calls = new BackendCalls(tasks, messages);
        RecordedJourney journey = new RecordedJourney();
        return new ModelParts(messages, sale, tasks, calls, journey, new HoldClock(sale, calls, journey, messages),
                new KioskStatus());
    }

    /** The customer chose the theatre's first session and holds the best {@code seats} of its section {@code section}. */
    public Hold holdsTheatreSeats(int section, int seats) {
        return holdsTheatreSeats(0, section, seats);
    }

    /** As above, in the theatre's session {@code session} (0: the first). */
    public Hold holdsTheatreSeats(int session, int section, int seats) {
        EventSummary theatre = sale.findEvents("Compadecida", null, null).get(0);
        sale.chooseEvent(theatre.id());
        SeatMap map = sale.chooseSession(theatre.sessions().get(session).id());
        return sale.holdBestAvailable(map.sections().get(section).id(), seats);
    }
}
