package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.reports.PartnerSales;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
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

/** The totals laid out, as {@link TotalsViewModel} holds them: the figures, a line per partner and a chart of what each sold. */
final class TotalsTab {
    private final VBox view;

    TotalsTab(TotalsViewModel model, Messages messages) {
        GridPane figures = new GridPane();
        figures.setHgap(48);
        figures.setVgap(4);
        String[] titles = {"admin.totals.tickets", "admin.totals.orders", "admin.totals.gross", "admin.totals.fees",
                "admin.totals.net"};
        String[] ids = {"totals-tickets", "totals-orders", "totals-gross", "totals-fees", "totals-net"};
        ReadOnlyStringProperty[] values = {model.ticketsProperty(), model.ordersProperty(), model.grossProperty(),
                model.feesProperty(), model.netProperty()};
        for (int i = 0; i < titles.length; i++) {
            Label title = new Label(messages.get(titles[i]));
            title.getStyleClass().add(Theme.MUTED);
            Label figure = new Label();
            figure.setId(ids[i]);
            figure.getStyleClass().add("admin-figure");
            figure.textProperty().bind(values[i]);
            figures.add(title, i, 0);
            figures.add(figure, i, 1);
        }
        Button refresh = new Button(messages.get("admin.totals.refresh"));
        refresh.setId("totals-refresh");
        refresh.setOnAction(event -> model.reload());
        HBox top = new HBox(48, figures, refresh);

        TableView<PartnerSales> table = new TableView<>(model.partners());
        table.setId("admin-totals");
        table.getColumns().add(Tables.column(messages.get("admin.totals.column.partner"), PartnerSales::name, 300));
        table.getColumns().add(Tables.column(messages.get("admin.totals.tickets"),
                p -> Long.toString(p.totals().ticketsSold()), 110));
        table.getColumns().add(Tables.column(messages.get("admin.totals.orders"),
                p -> Long.toString(p.totals().orders()), 110));
        table.getColumns().add(Tables.column(messages.get("admin.totals.gross"),
                p -> model.money(p.totals().grossCents()), 160));
        table.getColumns().add(Tables.column(messages.get("admin.totals.fees"),
                p -> model.money(p.totals().platformFeeCents()), 180));
        table.getColumns().add(Tables.column(messages.get("admin.totals.net"),
                p -> model.money(p.totals().partnerNetCents()), 180));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("admin.totals.none")));

        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("totals-chart");
        chart.setTitle(messages.get("admin.totals.chart"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getYAxis().setLabel(messages.get("admin.totals.chart.axis"));
        // the table's headers are read whole in the box office's 1600-wide window; the chart gives way
        chart.setPrefWidth(440);
        chart.setMinWidth(400);
        model.partners().addListener((ListChangeListener<PartnerSales>) change -> {
            XYChart.Series<String, Number> sold = new XYChart.Series<>();
            model.partners().forEach(p -> sold.getData().add(new XYChart.Data<>(p.name(), p.totals().grossCents() / 100.0)));
            chart.getData().setAll(sold);
        });
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox lower = new HBox(16, table, chart);
        VBox.setVgrow(lower, Priority.ALWAYS);
        view = new VBox(16, top, lower, new TabMessage("admin-totals-message", model.messageProperty()).view());
        view.setPadding(new Insets(16));
    }

    Node view() {
        return view;
    }
}
