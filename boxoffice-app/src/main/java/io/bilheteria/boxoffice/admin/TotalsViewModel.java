package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.reports.PartnerSales;
import io.bilheteria.api.reports.PlatformReport;
import io.bilheteria.api.reports.SalesTotals;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The totals across partners ({@link TotalsTab} shows them; paid orders, refunds taken off):
 * tickets, orders, what buyers paid, the platform's fees and the partners' net, then one line per
 * partner, the biggest seller first. Nothing is shown ("—") until they are first loaded.
 */
final class TotalsViewModel {
    /** Sales are in reais: the platform sells in one currency. */
    private static final String CURRENCY = "BRL";
    private static final String NOT_LOADED = "—";
    private final Messages messages;
    private final AdminConsole console;
    private final BackendCalls calls;
    private final ReadOnlyStringWrapper tickets = new ReadOnlyStringWrapper(this, "tickets", NOT_LOADED);
    private final ReadOnlyStringWrapper orders = new ReadOnlyStringWrapper(this, "orders", NOT_LOADED);
    private final ReadOnlyStringWrapper gross = new ReadOnlyStringWrapper(this, "gross", NOT_LOADED);
    private final ReadOnlyStringWrapper fees = new ReadOnlyStringWrapper(this, "fees", NOT_LOADED);
    private final ReadOnlyStringWrapper net = new ReadOnlyStringWrapper(this, "net", NOT_LOADED);
    private final ObservableList<PartnerSales> partners = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    TotalsViewModel(Messages messages, AdminConsole console, TaskExecutor tasks) {
        this.messages = messages;
        this.console = console;
        this.calls = new BackendCalls(tasks, messages);
        calls.whenReported(failure -> message.set(failure.message()));
    }

    /** Loads the totals. */
    void reload() {
        calls.read(console::report, this::show);
    }

    private void show(PlatformReport report) {
        SalesTotals all = report.totals();
        tickets.set(Long.toString(all.ticketsSold()));
        orders.set(Long.toString(all.orders()));
        gross.set(money(all.grossCents()));
        fees.set(money(all.platformFeeCents()));
        net.set(money(all.partnerNetCents()));
        partners.setAll(report.partners().stream()
                .sorted(Comparator.comparingLong((PartnerSales p) -> p.totals().grossCents()).reversed()).toList());
        message.set("");
    }

    String money(long cents) {
        return Money.format(cents, CURRENCY, messages.getLocale());
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

    ReadOnlyStringProperty feesProperty() {
        return fees.getReadOnlyProperty();
    }

    ReadOnlyStringProperty netProperty() {
        return net.getReadOnlyProperty();
    }

    /** A line per partner, the biggest seller (by what buyers paid) first; the chart's bars too. */
    ObservableList<PartnerSales> partners() {
        return partners;
    }

    /** Why the last load failed; empty once loaded. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
