package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Clock;
import io.bilheteria.devices.printer.PrintableTicket;
import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.TicketReceipts;
import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.kiosk.checkout.TouchForm.Input;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.theme.Theme;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For staff, behind the hidden corner and the PIN: the backend address and terminal id
 * (saved for the next start), simulated devices on or off, the printer setting and its state
 * read when the screen opens, a printer test that shows the state after printing (and the
 * receipt, on the simulator), closing the kiosk to customers and opening it again, and the way out
 * of the kiosk.
 */
public final class MaintenanceScreen implements Screen {
    private static final Logger log = LoggerFactory.getLogger(MaintenanceScreen.class);
    private static final String TEST_PAYLOAD = "BILHETERIA-PRINTER-TEST";

    private final Messages m;
    private final KioskConfig config;
    private final ReceiptPrinter printer;
    private final BackendCalls calls;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final KioskStatus kioskStatus;
    private final BorderPane view = new BorderPane();
    private final TouchForm form;
    private final TextField backendUrl = new TextField();
    private final TextField terminalId = new TextField();
    private final ToggleButton simulated = new ToggleButton();
    private final Label saveNote = new Label();
    private final Label printerSetting = new Label();
    private final Label printerStatus = new Label();
    private final ImageView receipt = new ImageView();
    /** The settings as last saved here; the running kiosk keeps the ones it started with. */
    private KioskConfig saved;

    public MaintenanceScreen(Messages messages, KioskConfig config, ReceiptPrinter printer, BackendCalls calls,
                             TaskExecutor tasks, Clock clock, KioskStatus status, Journey journey) {
        this.m = messages;
        this.config = config;
        this.printer = printer;
        this.calls = calls;
        this.tasks = tasks;
        this.clock = clock;
        this.kioskStatus = status;
        this.saved = config;
        form = new TouchForm(m, "maint");

        Label title = new Label();
        title.textProperty().bind(m.text("checkout.maintenance.title"));
        title.getStyleClass().add(Theme.TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // takes effect as staff leave this screen: a closed kiosk shows why until staff open it here again
        ToggleButton closed = new ToggleButton();
        closed.setId("maint-closed");
        closed.getStyleClass().add("checkout-toggle");
        closed.textProperty().bind(Bindings.when(closed.selectedProperty())
                .then(m.text("checkout.maintenance.closed.on"))
                .otherwise(m.text("checkout.maintenance.closed.off")));
        closed.selectedProperty().bindBidirectional(status.closedByStaffProperty());
        Button back = CheckoutScreens.button(m, "maint-back", "common.back", Theme.SECONDARY, journey::startOver);
        Button exit = CheckoutScreens.button(m, "maint-exit", "checkout.maintenance.exit", Theme.DANGER,
                Platform::exit);
        HBox bar = new HBox(24, title, gap, closed, back, exit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("kiosk-header");

        view.setTop(bar);
        HBox body = new HBox(48, settings(), printer());
        body.getStyleClass().add("checkout-body");
        view.setCenter(body);
        view.getStylesheets().add(CheckoutScreens.STYLESHEET);
    }

    private VBox settings() {
        simulated.setId("maint-simulated");
        simulated.getStyleClass().add("checkout-toggle");
        simulated.textProperty().bind(Bindings.when(simulated.selectedProperty())
                .then(m.text("checkout.maintenance.simulated.on"))
                .otherwise(m.text("checkout.maintenance.simulated.off")));
        Button save = CheckoutScreens.button(m, "maint-save", "checkout.maintenance.save", Theme.PRIMARY,
                this::save);
        save.disableProperty().bind(terminalId.textProperty().isEmpty());
        saveNote.setId("maint-save-note");
        saveNote.setWrapText(true);
        saveNote.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_INFO);
        saveNote.managedProperty().bind(saveNote.visibleProperty());

        // an address needs ':' and '/', which the e-mail keys do not have
        HBox addressKeys = new HBox(8,
                typeKey("maint-key-colon", ":"), typeKey("maint-key-slash", "/"),
                typeKey("maint-key-http", "http://"), typeKey("maint-key-https", "https://"));

        VBox box = new VBox(16,
                form.field("checkout.maintenance.backendUrl", backendUrl, "maint-backend-url", Input.EMAIL,
                        terminalId::requestFocus),
                form.field("checkout.maintenance.terminalId", terminalId, "maint-terminal-id", Input.EMAIL,
                        this::save),
                simulated, save, saveNote, addressKeys, form.keys());
        box.getStyleClass().addAll(Theme.CARD, "checkout-settings");
        return box;
    }

    private VBox printer() {
        printerSetting.setId("maint-printer-setting");
        printerSetting.setWrapText(true);
        printerSetting.getStyleClass().add(Theme.MUTED);
        printerSetting.textProperty().bind(m.text("checkout.maintenance.printerSetting", config.printer()));
        printerStatus.setId("maint-printer-status");
        printerStatus.getStyleClass().add(Theme.SUBTITLE);
        Button test = CheckoutScreens.button(m, "maint-printer-test", "checkout.maintenance.printerTest",
                Theme.PRIMARY, this::testPrinter);
        receipt.setId("maint-receipt");
        receipt.setPreserveRatio(true);
        receipt.setFitWidth(480);
        ScrollPane paper = new ScrollPane(receipt);
        paper.setPannable(true);
        paper.getStyleClass().add("checkout-scroll");
        VBox.setVgrow(paper, Priority.ALWAYS);
        VBox box = new VBox(16, printerSetting, printerStatus, test, paper);
        box.getStyleClass().addAll(Theme.CARD, "checkout-printer-test");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        form.clear();
        backendUrl.setText(saved.backendUrl());
        terminalId.setText(saved.terminalId());
        simulated.setSelected(saved.simulatedDevices());
        saveNote.setVisible(false);
        receipt.setImage(null);
        printerStatus.textProperty().unbind();
        printerStatus.setText("");
        // a real printer answers a status query over its line: never on the FX thread
        BackgroundTask.of(printer::status)
                .onSuccess(this::showPrinterStatus)
                .onFailure(failure -> log.warn("reading the printer status failed", failure))
                .executeWith(tasks);
    }

    private void save() {
        String url = backendUrl.getText().trim();
        String terminal = terminalId.getText().trim();
        if (!url.isEmpty() && !isHttpAddress(url)) {
            note("checkout.maintenance.invalidUrl");
            return;
        }
        if (terminal.isEmpty()) {
            return;
        }
        KioskConfig updated = saved.withBackendUrl(url).withTerminalId(terminal)
                .withSimulatedDevices(simulated.isSelected());
        BackgroundTask.of(() -> {
                    updated.save();
                    return updated;
                })
                .onSuccess(written -> {
                    saved = written;
                    note("checkout.maintenance.saved");
                })
                .onFailure(failure -> {
                    log.error("saving the kiosk settings failed", failure);
                    saveNote.textProperty().bind(m.text("checkout.maintenance.notSaved", failure.getMessage()));
                    saveNote.setVisible(true);
                })
                .executeWith(tasks);
    }

    private static boolean isHttpAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void note(String key) {
        saveNote.textProperty().bind(m.text(key));
        saveNote.setVisible(true);
    }

    /** Prints a sample ticket and shows the paper that came out, or why none did. */
    private void testPrinter() {
        Locale locale = m.getLocale();
        PrintableTicket sample = new PrintableTicket(m.get("checkout.maintenance.sampleEvent"),
                m.get("checkout.maintenance.sampleVenue", saved.terminalId()), clock.instant(),
                config.venueZone(), m.get("checkout.maintenance.sampleSection"), "A", "1", 0, "BRL",
                "TESTE", TEST_PAYLOAD, 0);
        calls.write(() -> {
            Receipt receiptOfSample = new TicketReceipts(locale, ReceiptGrouping.PER_TICKET)
                    .receiptsFor(List.of(sample)).get(0);
            try {
                printer.print(receiptOfSample);
            } catch (PrinterException refused) {
                return new PrinterTest(refused.status(), Optional.empty());
            }
            Optional<PrintedReceipt> image = Optional.empty();
            if (printer instanceof SimulatedPrinter simulator) {
                List<PrintedReceipt> printed = simulator.lastReceipts();
                image = Optional.of(printed.get(printed.size() - 1));
            }
            return new PrinterTest(printer.status(), image);
        }, test -> {
            showPrinterStatus(test.status());
            receipt.setImage(test.printed().map(p -> new Image(new ByteArrayInputStream(p.png()))).orElse(null));
        });
    }

    private void showPrinterStatus(PrinterStatus status) {
        kioskStatus.printerNow(status);
        printerStatus.textProperty().bind(m.text("checkout.maintenance.printerStatus",
                m.text("checkout.printer." + status.name())));
    }

    private Button typeKey(String id, String text) {
        Button key = new Button(text);
        key.setId(id);
        key.setFocusTraversable(false);
        key.setMnemonicParsing(false);
        key.getStyleClass().add(Theme.SECONDARY);
        key.setOnAction(e -> form.keyboard().type(text));
        return key;
    }

    private record PrinterTest(PrinterStatus status, Optional<PrintedReceipt> printed) {
    }
}
