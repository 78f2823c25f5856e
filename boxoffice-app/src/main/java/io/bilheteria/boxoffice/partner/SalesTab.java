package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.reports.SalesBucket;
import io.bilheteria.api.reports.SessionSales;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The sales tab laid out, as {@link SalesViewModel} holds it: the choices, the totals, the chart, a line per session, the export. */
final class SalesTab {
    private final SalesViewModel model;
    private final Messages messages;
    private final Tab tab;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final TextField csvPath;

    SalesTab(SalesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        tab = Forms.tab("partner-tab-sales", messages.get("partner.tab.sales"));
        model.inViewProperty().bind(tab.selectedProperty());
        ComboBox<SessionSummary> session = new ComboBox<>(model.sessions());
        session.setId("partner-sales-session");
        session.setConverter(Forms.shownAs(model::sessionName));
        session.valueProperty().bindBidirectional(model.sessionProperty());
        ComboBox<SalesBucket> bucket = new ComboBox<>();
        bucket.setId("partner-sales-bucket");
        bucket.getItems().setAll(SalesBucket.values());
        bucket.setConverter(Forms.shownAs(model::bucketName));
        bucket.valueProperty().bindBidirectional(model.bucketProperty());
        HBox choices = new HBox(8, new Label(messages.get("partner.sales.of")), session,
                new Label(messages.get("partner.sales.by")), bucket,
                Forms.button("partner-sales-refresh", messages.get("partner.sales.refresh"), Theme.SECONDARY,
                        model::refresh));
        choices.setAlignment(Pos.CENTER_LEFT);

        HBox totals = new HBox(12, box("partner.sales.tickets", "partner-sales-tickets", model.ticketsProperty()),
                box("partner.sales.orders", "partner-sales-orders", model.ordersProperty()),
                box("partner.sales.gross", "partner-sales-gross", model.grossProperty()),
                box("partner.sales.fee", "partner-sales-fee", model.feeProperty()),
                box("partner.sales.net", "partner-sales-net", model.netProperty()));

        chart.setId("partner-sales-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setTitle(messages.get("partner.sales.chart"));
        NumberAxis money = (NumberAxis) chart.getYAxis();
        money.setLabel(messages.get("partner.sales.chart.axis"));
        NumberFormat amounts = NumberFormat.getIntegerInstance(messages.getLocale());
        money.setTickLabelFormatter(Forms.shownAs(amounts::format));
        model.bars().addListener((ListChangeListener<SalesViewModel.Bar>) change -> showBars());
        Label noSales = new Label(messages.get("partner.sales.none"));
        noSales.getStyleClass().add(Theme.MUTED);
        noSales.setId("partner-sales-none");
        noSales.visibleProperty().bind(model.noSalesProperty());
        StackPane chartPane = new StackPane(chart, noSales);
        VBox.setVgrow(chartPane, Priority.ALWAYS);

        TableView<SessionSales> bySession = new TableView<>(model.bySession());
        bySession.setId("partner-sales-sessions");
        bySession.setPrefHeight(170);
        bySession.setPlaceholder(new Label(messages.get("partner.sales.none")));
        bySession.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SessionSales, String> start = column("partner.sales.session", s -> model.when(s.startsAt()));
        // the date and its time whole, and the figures' headers, even in the 1600-wide window
        start.setMinWidth(240);
        start.setPrefWidth(240);
        bySession.getColumns().add(start);
        bySession.getColumns().add(column("partner.sales.tickets", s -> Long.toString(s.totals().ticketsSold())));
        bySession.getColumns().add(column("partner.sales.orders", s -> Long.toString(s.totals().orders())));
        bySession.getColumns().add(column("partner.sales.gross", s -> model.money(s.totals().grossCents())));
        bySession.getColumns().add(column("partner.sales.fee", s -> model.money(s.totals().platformFeeCents())));
        bySession.getColumns().add(column("partner.sales.net", s -> model.money(s.totals().partnerNetCents())));

        csvPath = Forms.field("partner-sales-csv-path", messages.get("partner.sales.csv.prompt"));
        csvPath.textProperty().bindBidirectional(model.csvPathProperty());
        HBox.setHgrow(csvPath, Priority.ALWAYS);
        HBox export = new HBox(8, new Label(messages.get("partner.sales.csv")), csvPath,
                Forms.button("partner-sales-csv-choose", messages.get("partner.sales.csv.choose"), Theme.SECONDARY,
                        this::chooseFile),
                Forms.button("partner-sales-csv-export", messages.get("partner.sales.csv.export"), Theme.PRIMARY,
                        model::export));
        export.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(12, choices, totals, chartPane, bySession, export);
        content.setPadding(new Insets(16));
        tab.setContent(content);
    }

    Tab tab() {
        return tab;
    }

    private void showBars() {
        XYChart.Series<String, Number> gross = new XYChart.Series<>();
        gross.setName(messages.get("partner.sales.gross"));
        XYChart.Series<String, Number> net = new XYChart.Series<>();
        net.setName(messages.get("partner.sales.net"));
        for (SalesViewModel.Bar bar : model.bars()) {
            gross.getData().add(new XYChart.Data<>(bar.at(), bar.gross()));
            net.getData().add(new XYChart.Data<>(bar.at(), bar.net()));
        }
        chart.getData().setAll(model.bars().isEmpty() ? List.of() : List.of(gross, net));
    }

    /** The system's save dialog, opening where the typed path points. */
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("partner.sales.csv.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        Path typed = Path.of(csvPath.getText().isBlank() ? System.getProperty("user.home") : csvPath.getText().trim());
        Path folder = Files.isDirectory(typed) ? typed : typed.getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(model.suggestedFileName());
        File picked = chooser.showSaveDialog(tab.getTabPane().getScene().getWindow());
        if (picked != null) {
            csvPath.setText(picked.getPath());
        }
    }

    private VBox box(String key, String id, ReadOnlyStringProperty value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add(Theme.MUTED);
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add("partner-stat-value");
        figure.textProperty().bind(value);
        VBox box = new VBox(4, name, figure);
        box.getStyleClass().addAll(Theme.CARD, "partner-stat");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private TableColumn<SessionSales, String> column(String key, Function<SessionSales, String> value) {
        TableColumn<SessionSales, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(160);
        return column;
    }
}
