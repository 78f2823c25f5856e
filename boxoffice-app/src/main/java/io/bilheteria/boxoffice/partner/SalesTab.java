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
import io.bilheteria.ui.theme.Theme;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import javafx.util.StringConverter;

/**
 * The event's sales, or one session's: tickets sold, orders, what buyers paid, the platform's fee
 * and the partner's net, a line per session, and a chart of gross and net over time by hour or
 * day of the venue's clock. The report exports as CSV to a file the partner picks (or types).
 */
final class SalesTab implements DetailTab {
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessage message;
    private final Messages messages;
    private final ZoneId zone;
    private final Tab tab;
    /** Null stands for the whole event. */
    private final ComboBox<SessionSummary> session = new ComboBox<>();
    private final ComboBox<SalesBucket> bucket = new ComboBox<>();
    private final Label tickets = stat("partner-sales-tickets");
    private final Label orders = stat("partner-sales-orders");
    private final Label gross = stat("partner-sales-gross");
    private final Label fee = stat("partner-sales-fee");
    private final Label net = stat("partner-sales-net");
    private final TableView<SessionSales> bySession = new TableView<>();
    private final CategoryAxis times = new CategoryAxis();
    private final NumberAxis money = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(times, money);
    private final Label noSales = new Label();
    private final TextField csvPath;
    private EventSummary event;
    private SalesReport report;

    SalesTab(TerminalBackend backend, BackendCalls calls, PartnerMessage message, ZoneId zone) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.messages = message.messages();
        this.zone = zone;
        tab = Forms.tab("partner-tab-sales", messages.get("partner.tab.sales"));
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                refresh();
            }
        });
        session.setId("partner-sales-session");
        session.setConverter(converter(s -> s == null ? messages.get("partner.sales.allSessions") : when(s)));
        session.valueProperty().addListener((obs, old, now) -> refresh());
        bucket.setId("partner-sales-bucket");
        bucket.getItems().setAll(SalesBucket.values());
        bucket.setConverter(converter(b -> b == null ? "" : messages.get("partner.sales.bucket." + b)));
        bucket.setValue(SalesBucket.DAY);
        bucket.valueProperty().addListener((obs, old, now) -> refresh());
        HBox choices = new HBox(8, new Label(messages.get("partner.sales.of")), session,
                new Label(messages.get("partner.sales.by")), bucket,
                Forms.button("partner-sales-refresh", messages.get("partner.sales.refresh"), Theme.SECONDARY,
                        this::refresh));
        choices.setAlignment(Pos.CENTER_LEFT);

        HBox totals = new HBox(12, box("partner.sales.tickets", tickets), box("partner.sales.orders", orders),
                box("partner.sales.gross", gross), box("partner.sales.fee", fee), box("partner.sales.net", net));

        chart.setId("partner-sales-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setTitle(messages.get("partner.sales.chart"));
        money.setLabel(messages.get("partner.sales.chart.axis"));
        NumberFormat amounts = NumberFormat.getIntegerInstance(messages.getLocale());
        money.setTickLabelFormatter(converter(amounts::format));
        noSales.setText(messages.get("partner.sales.none"));
        noSales.getStyleClass().add(Theme.MUTED);
        noSales.setId("partner-sales-none");
        StackPane chartPane = new StackPane(chart, noSales);
        VBox.setVgrow(chartPane, Priority.ALWAYS);

        bySession.setId("partner-sales-sessions");
        bySession.setPrefHeight(170);
        bySession.setPlaceholder(new Label(messages.get("partner.sales.none")));
        bySession.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SessionSales, String> session = column("partner.sales.session", s -> when(s.startsAt()));
        // the date and its time whole, and the figures' headers, even in the 1600-wide window
        session.setMinWidth(240);
        session.setPrefWidth(240);
        bySession.getColumns().add(session);
        bySession.getColumns().add(column("partner.sales.tickets", s -> Long.toString(s.totals().ticketsSold())));
        bySession.getColumns().add(column("partner.sales.orders", s -> Long.toString(s.totals().orders())));
        bySession.getColumns().add(column("partner.sales.gross", s -> money(s.totals().grossCents())));
        bySession.getColumns().add(column("partner.sales.fee", s -> money(s.totals().platformFeeCents())));
        bySession.getColumns().add(column("partner.sales.net", s -> money(s.totals().partnerNetCents())));

        csvPath = Forms.field("partner-sales-csv-path", messages.get("partner.sales.csv.prompt"));
        HBox.setHgrow(csvPath, Priority.ALWAYS);
        HBox export = new HBox(8, new Label(messages.get("partner.sales.csv")), csvPath,
                Forms.button("partner-sales-csv-choose", messages.get("partner.sales.csv.choose"), Theme.SECONDARY,
                        this::chooseFile),
                Forms.button("partner-sales-csv-export", messages.get("partner.sales.csv.export"), Theme.PRIMARY,
                        this::export));
        export.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(12, choices, totals, chartPane, bySession, export);
        content.setPadding(new Insets(16));
        tab.setContent(content);
        showReport(null);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(EventSummary shown) {
        event = shown;
        List<SessionSummary> choices = new ArrayList<>();
        choices.add(null);
        if (shown != null) {
            choices.addAll(shown.sessions());
            csvPath.setText(Path.of(System.getProperty("user.home"), fileName(shown.title())).toString());
        }
        report = null;
        session.getItems().setAll(choices);
        session.setValue(null);
        showReport(null);
        if (tab.isSelected()) {
            refresh();
        }
    }

    private void refresh() {
        if (event == null || !tab.isSelected()) {
            return;
        }
        String eventId = event.id();
        SessionSummary one = session.getValue();
        SalesBucket by = bucket.getValue();
        calls.read(() -> backend.call(client -> one == null ? client.eventReport(eventId, by, zone)
                        : client.sessionReport(one.id(), by, zone)),
                loaded -> {
                    if (event != null && event.id().equals(eventId)) {
                        showReport(loaded);
                        message.say("partner.sales.loaded", loaded.totals().ticketsSold(), money(loaded.totals().grossCents()));
                    }
                });
    }

    private void showReport(SalesReport shown) {
        report = shown;
        SalesTotals sum = shown == null ? SalesTotals.NONE : shown.totals();
        tickets.setText(Long.toString(sum.ticketsSold()));
        orders.setText(Long.toString(sum.orders()));
        gross.setText(money(sum.grossCents()));
        fee.setText(money(sum.platformFeeCents()));
        net.setText(money(sum.partnerNetCents()));
        bySession.getItems().setAll(shown == null ? List.of() : shown.sessions());
        chart.getData().clear();
        List<SalesPoint> points = shown == null ? List.of() : shown.series();
        noSales.setVisible(points.isEmpty());
        if (points.isEmpty()) {
            return;
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern(
                messages.get(shown.bucket() == SalesBucket.HOUR ? "partner.sales.hour.pattern" : "partner.sales.day.pattern"),
                messages.getLocale());
        XYChart.Series<String, Number> grossSeries = new XYChart.Series<>();
        grossSeries.setName(messages.get("partner.sales.gross"));
        XYChart.Series<String, Number> netSeries = new XYChart.Series<>();
        netSeries.setName(messages.get("partner.sales.net"));
        for (SalesPoint point : points) {
            String at = label.format(point.start().atZone(zone));
            grossSeries.getData().add(new XYChart.Data<>(at, point.totals().grossCents() / 100.0));
            netSeries.getData().add(new XYChart.Data<>(at, point.totals().partnerNetCents() / 100.0));
        }
        chart.getData().setAll(List.of(grossSeries, netSeries));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("partner.sales.csv.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        Path typed = Path.of(csvPath.getText().isBlank() ? System.getProperty("user.home") : csvPath.getText().trim());
        Path folder = Files.isDirectory(typed) ? typed : typed.getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(event == null ? "vendas.csv" : fileName(event.title()));
        File picked = chooser.showSaveDialog(tab.getTabPane().getScene().getWindow());
        if (picked != null) {
            csvPath.setText(picked.getPath());
        }
    }

    /** The report shown (the event's or the session's, by the bucket shown) written as CSV to the typed path. */
    private void export() {
        if (event == null) {
            return;
        }
        if (csvPath.getText().isBlank()) {
            message.warn(messages.get("partner.sales.csv.noPath"));
            return;
        }
        Path target = Path.of(csvPath.getText().trim());
        String eventId = event.id();
        SessionSummary one = session.getValue();
        SalesBucket by = bucket.getValue();
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
    private String fileName(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return messages.get("partner.sales.csv.file", plain);
    }

    private String money(long cents) {
        return Money.format(cents, report == null ? "BRL" : report.currency(), messages.getLocale());
    }

    private String when(SessionSummary s) {
        return when(s.startsAt());
    }

    private String when(Instant start) {
        return Formats.dateTime(start, zone, messages.getLocale());
    }

    private VBox box(String key, Label value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add(Theme.MUTED);
        VBox box = new VBox(4, name, value);
        box.getStyleClass().addAll(Theme.CARD, "partner-stat");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label stat(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("partner-stat-value");
        return label;
    }

    private TableColumn<SessionSales, String> column(String key, Function<SessionSales, String> value) {
        TableColumn<SessionSales, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(160);
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
