package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.reports.SalesBucket;
import io.bilheteria.api.reports.SalesPoint;
import io.bilheteria.api.reports.SalesReport;
import io.bilheteria.api.reports.SalesTotals;
import io.bilheteria.api.reports.SessionSales;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event's sales, or one session's ({@link SalesTab} shows them): tickets sold, orders, what
 * buyers paid, the platform's fee and the partner's net, a line per session, and bars of gross and
 * net over time by hour or day of the venue's clock. Read while the tab is in view, again when the
 * session or the bucket changes. The report exports as CSV to the path typed.
 */
final class SalesViewModel implements EventDetail {
    /** One bar pair of the chart: the hour or day as the partner reads it, gross and net in reais. */
    record Bar(String at, double gross, double net) {
    }

    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessageViewModel message;
    private final Messages messages;
    private final ZoneId zone;
    /** Where the CSV goes unless the partner says otherwise. */
    private final Path folder;
    /** Null stands for the whole event. */
    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<SessionSummary> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<SalesBucket> bucket = new SimpleObjectProperty<>(this, "bucket", SalesBucket.DAY);
    private final BooleanProperty inView = new SimpleBooleanProperty(this, "inView");
    private final ReadOnlyStringWrapper tickets = new ReadOnlyStringWrapper(this, "tickets");
    private final ReadOnlyStringWrapper orders = new ReadOnlyStringWrapper(this, "orders");
    private final ReadOnlyStringWrapper gross = new ReadOnlyStringWrapper(this, "gross");
    private final ReadOnlyStringWrapper fee = new ReadOnlyStringWrapper(this, "fee");
    private final ReadOnlyStringWrapper net = new ReadOnlyStringWrapper(this, "net");
    private final ObservableList<SessionSales> bySession = FXCollections.observableArrayList();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper noSales = new ReadOnlyBooleanWrapper(this, "noSales");
    private final StringProperty csvPath = new SimpleStringProperty(this, "csvPath", "");
    private EventSummary event;
    private SalesReport report;
    /** True while a new event is being put in place: its choices changing do not each read the report. */
    private boolean showing;

    /** @param folder where the CSV is offered to go: the partner's home */
    SalesViewModel(TerminalBackend backend, BackendCalls calls, PartnerMessageViewModel message, ZoneId zone,
                   Path folder) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.messages = message.messages();
        this.zone = zone;
        this.folder = folder;
        session.addListener((obs, old, now) -> refreshUnlessShowing());
        bucket.addListener((obs, old, now) -> refreshUnlessShowing());
        inView.addListener((obs, was, now) -> refreshUnlessShowing());
        showReport(null);
    }

    @Override
    public void show(EventSummary shown) {
        showing = true;
        event = shown;
        List<SessionSummary> choices = new ArrayList<>();
        choices.add(null);
        if (shown != null) {
            choices.addAll(shown.sessions());
            csvPath.set(folder.resolve(fileName(shown.title())).toString());
        }
        sessions.setAll(choices);
        session.set(null);
        showReport(null);
        showing = false;
        refresh();
    }

    private void refreshUnlessShowing() {
        if (!showing) {
            refresh();
        }
    }

    /** The report read again, when the tab is in view and an event is open. */
    void refresh() {
        if (event == null || !inView.get()) {
            return;
        }
        String eventId = event.id();
        SessionSummary one = session.get();
        SalesBucket by = bucket.get();
        calls.read(() -> backend.call(client -> one == null ? client.eventReport(eventId, by, zone)
                        : client.sessionReport(one.id(), by, zone)),
                loaded -> {
                    if (event != null && event.id().equals(eventId)) {
                        showReport(loaded);
                        message.say("partner.sales.loaded", loaded.totals().ticketsSold(),
                                money(loaded.totals().grossCents()));
                    }
                });
    }

    private void showReport(SalesReport shown) {
        report = shown;
        SalesTotals sum = shown == null ? SalesTotals.NONE : shown.totals();
        tickets.set(Long.toString(sum.ticketsSold()));
        orders.set(Long.toString(sum.orders()));
        gross.set(money(sum.grossCents()));
        fee.set(money(sum.platformFeeCents()));
        net.set(money(sum.partnerNetCents()));
        bySession.setAll(shown == null ? List.of() : shown.sessions());
        List<SalesPoint> points = shown == null ? List.of() : shown.series();
        noSales.set(points.isEmpty());
        if (points.isEmpty()) {
            bars.clear();
            return;
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern(messages.get(shown.bucket() == SalesBucket.HOUR
                ? "partner.sales.hour.pattern" : "partner.sales.day.pattern"), messages.getLocale());
        bars.setAll(points.stream().map(point -> new Bar(label.format(point.start().atZone(zone)),
                point.totals().grossCents() / 100.0, point.totals().partnerNetCents() / 100.0)).toList());
    }

    /** The report shown (the event's or the session's, by the bucket shown) written as CSV to the typed path. */
    void export() {
        if (event == null) {
            return;
        }
        if (csvPath.get().isBlank()) {
            message.warn(messages.get("partner.sales.csv.noPath"));
            return;
        }
        Path target = Path.of(csvPath.get().trim());
        String eventId = event.id();
        SessionSummary one = session.get();
        SalesBucket by = bucket.get();
        calls.write(() -> {
            String csv = backend.call(client -> one == null ? client.eventReportCsv(eventId, by, zone)
                    : client.sessionReportCsv(one.id(), by, zone));
            try {
                Files.writeString(target, csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // our own sentence: a path that cannot be written is the partner's to change
                throw new IllegalStateException(messages.get("partner.sales.csv.notWritten", e.getMessage()), e);
            }
            return target;
        }, written -> message.say("partner.sales.csv.written", written));
    }

    /** "vendas-o-auto-da-compadecida.csv": the event's title in plain letters, for a file name. */
    String suggestedFileName() {
        return event == null ? "vendas.csv" : fileName(event.title());
    }

    private String fileName(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return messages.get("partner.sales.csv.file", plain);
    }

    /** Money in the report's currency, as the partner reads it. */
    String money(long cents) {
        return Money.format(cents, report == null ? "BRL" : report.currency(), messages.getLocale());
    }

    /** A session's choice or line: its start on the venue's clock; null is the whole event. */
    String sessionName(SessionSummary one) {
        return one == null ? messages.get("partner.sales.allSessions") : when(one.startsAt());
    }

    String when(Instant start) {
        return Formats.dateTime(start, zone, messages.getLocale());
    }

    String bucketName(SalesBucket by) {
        return by == null ? "" : messages.get("partner.sales.bucket." + by);
    }

    /** The whole event (null) and each of its sessions. */
    ObservableList<SessionSummary> sessions() {
        return sessions;
    }

    ObjectProperty<SessionSummary> sessionProperty() {
        return session;
    }

    ObjectProperty<SalesBucket> bucketProperty() {
        return bucket;
    }

    /** Whether the tab is in view: the report is read only then. */
    BooleanProperty inViewProperty() {
        return inView;
    }

    ReadOnlyStringProperty ticketsProperty() {
        return tickets.getReadOnlyProperty();
    }

    ReadOnlyStringProperty ordersProperty() {
        return orders.getReadOnlyProperty();
    }

    ReadOnlyStringProperty grossProperty() {
        return gross.getReadOnlyProperty();
    }

    ReadOnlyStringProperty feeProperty() {
        return fee.getReadOnlyProperty();
    }

    ReadOnlyStringProperty netProperty() {
        return net.getReadOnlyProperty();
    }

    ObservableList<SessionSales> bySession() {
        return bySession;
    }

    ObservableList<Bar> bars() {
        return bars;
    }

    /** No sale in the report: the chart says so. */
    ReadOnlyBooleanProperty noSalesProperty() {
        return noSales.getReadOnlyProperty();
    }

    /** Where the CSV is written. */
    StringProperty csvPathProperty() {
        return csvPath;
    }
}
