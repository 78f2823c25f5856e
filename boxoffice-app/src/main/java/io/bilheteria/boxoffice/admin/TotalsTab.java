package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.reports.PartnerSales;
import io.bilheteria.api.reports.PlatformReport;
import io.bilheteria.api.reports.SalesTotals;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.util.Comparator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The totals across partners (paid orders; refunds taken off): tickets, orders, what buyers
 * paid, the platform's fees and the partners' net, then one line per partner and a chart of
 * what each partner sold. Loaded when the tab opens and by its button.
 */
final class TotalsTab {
    /** Sales are in reais: the platform sells in one currency. */
    private static final String CURRENCY = "BRL";
    private final Messages messages;
    private final AdminConsole console;
    private final BackendCalls calls;
    private final TabMessage message;
    private final Label tickets = figure("totals-tickets");
    private final Label orders = figure("totals-orders");
    private final Label gross = figure("totals-gross");
    private final Label fees = figure("totals-fees");
    private final Label net = figure("totals-net");
    private final TableView<PartnerSales> table = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final VBox view;

    TotalsTab(Messages messages, AdminConsole console, TaskExecutor tasks) {
        this.messages = messages;
        this.console = console;
        this.calls = new BackendCalls(tasks, messages);
        this.message = new TabMessage("admin-totals-message", calls);
        GridPane figures = new GridPane();
        figures.setHgap(48);
        figures.setVgap(4);
        String[] titles = {"admin.totals.tickets", "admin.totals.orders", "admin.totals.gross", "admin.totals.fees",
                "admin.totals.net"};
        Label[] values = {tickets, orders, gross, fees, net};
        for (int i = 0; i < titles.length; i++) {
            Label title = new Label(messages.get(titles[i]));
            title.getStyleClass().add(Theme.MUTED);
            figures.add(title, i, 0);
            figures.add(values[i], i, 1);
        }
        Button refresh = new Button(messages.get("admin.totals.refresh"));
        refresh.setId("totals-refresh");
        refresh.setOnAction(event -> reload());
        HBox top = new HBox(48, figures, refresh);

        table.setId("admin-totals");
        table.getColumns().add(Tables.column(messages.get("admin.totals.column.partner"), PartnerSales::name, 300));
        table.getColumns().add(Tables.column(messages.get("admin.totals.tickets"),
                p -> Long.toString(p.totals().ticketsSold()), 110));
        table.getColumns().add(Tables.column(messages.get("admin.totals.orders"),
                p -> Long.toString(p.totals().orders()), 110));
        table.getColumns().add(Tables.column(messages.get("admin.totals.gross"), p -> money(p.totals().grossCents()), 160));
        table.getColumns().add(Tables.column(messages.get("admin.totals.fees"),
                p -> money(p.totals().platformFeeCents()), 180));
        table.getColumns().add(Tables.column(messages.get("admin.totals.net"),
                p -> money(p.totals().partnerNetCents()), 180));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("admin.totals.none")));

        chart.setId("totals-chart");
        chart.setTitle(messages.get("admin.totals.chart"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getYAxis().setLabel(messages.get("admin.totals.chart.axis"));
        // the table's headers are read whole in the box office's 1600-wide window; the chart gives way
        chart.setPrefWidth(440);
        chart.setMinWidth(400);
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox lower = new HBox(16, table, chart);
        VBox.setVgrow(lower, Priority.ALWAYS);
        view = new VBox(16, top, lower, message.view());
        view.setPadding(new Insets(16));
    }

    private static Label figure(String id) {
        Label label = new Label("—");
        label.setId(id);
        label.getStyleClass().add("admin-figure");
        return label;
    }

    /** Loads the totals; on the FX thread. */
    void reload() {
        calls.read(console::report, this::show);
    }

    private void show(PlatformReport report) {
        SalesTotals all = report.totals();
        tickets.setText(Long.toString(all.ticketsSold()));
        orders.setText(Long.toString(all.orders()));
        gross.setText(money(all.grossCents()));
        fees.setText(money(all.platformFeeCents()));
        net.setText(money(all.partnerNetCents()));
        table.getItems().setAll(report.partners().stream()
                .sorted(Comparator.comparingLong((PartnerSales p) -> p.totals().grossCents()).reversed()).toList());
        XYChart.Series<String, Number> sold = new XYChart.Series<>();
        table.getItems().forEach(p -> sold.getData().add(new XYChart.Data<>(p.name(), p.totals().grossCents() / 100.0)));
        chart.getData().setAll(sold);
        message.say("");
    }

    private String money(long cents) {
        return Money.format(cents, CURRENCY, messages.getLocale());
    }

    Node view() {
        return view;
    }
}
