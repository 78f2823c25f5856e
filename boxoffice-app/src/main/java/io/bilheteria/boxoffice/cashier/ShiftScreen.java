package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.shifts.Shift;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.ZoneId;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The cashier's shift: sales are made in an open shift (the backend refuses a cashier's
 * card payment otherwise). Before selling, Enter opens one, unless one is already open; at
 * the end, the closed shift's report is shown and printed, and Enter signs out.
 */
public final class ShiftScreen {
    private final Messages messages;
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final ReceiptPrinter printer;
    private final ShiftReportText text;
    private final VBox view = new VBox(16);
    private final Label title = new Label();
    private final ListView<String> lines = new ListView<>();
    private final Label message = new Label();
    private Runnable onEnter = () -> { };
    /** F10 on a closed till: the cashier who signed in by mistake leaves without opening it. */
    private Runnable onSignOut = () -> { };

    public ShiftScreen(Messages messages, TerminalBackend backend, TaskExecutor tasks, ReceiptPrinter printer,
                       ZoneId zone) {
        this.messages = messages;
        this.backend = backend;
        this.calls = new BackendCalls(tasks, messages);
        calls.whenReported(this::failed);
        this.printer = printer;
        this.text = new ShiftReportText(messages, zone);
        title.setId("shift-title");
        title.getStyleClass().add(Theme.TITLE);
        title.setWrapText(true);
        lines.setId("shift-report");
        lines.setFocusTraversable(false);
        lines.setVisible(false);
        VBox.setVgrow(lines, Priority.ALWAYS);
        message.setId("shift-message");
        message.getStyleClass().add("cashier-message");
        message.setWrapText(true);
        view.getChildren().addAll(title, lines, message);
        view.setAlignment(Pos.TOP_CENTER);
        view.setPadding(new Insets(32));
        view.setMaxWidth(900);
        view.setFocusTraversable(true);
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                onEnter.run();
                event.consume();
            } else if (event.getCode() == KeyCode.F10) {
                onSignOut.run();
                event.consume();
            }
        });
    }

    /**
     * Goes to selling at once when {@code cashier}'s shift is open; otherwise asks for Enter to open
     * one first, or F10 to sign out.
     */
    public void openThen(String cashier, Runnable sell, Runnable signOut) {
        lines.setVisible(false);
        title.setText(messages.get("shift.checking"));
        message.setText("");
        onEnter = () -> { };
        onSignOut = () -> { };
        calls.read(this::currentShift, open -> {
            if (open.isPresent()) {
                sell.run();
                return;
            }
            title.setText(messages.get("shift.closed"));
            message.setText(messages.get("shift.open.hint", cashier));
            onSignOut = signOut;
            onEnter = () -> {
                onSignOut = () -> { };
                message.setText(messages.get("shift.opening"));
                calls.write(() -> backend.call(c -> c.openShift()), shift -> sell.run());
            };
        });
    }

    /** Closes the open shift, shows its report and prints it; Enter then runs {@code done}. */
    public void close(Runnable done) {
        title.setText(messages.get("shift.closing"));
        message.setText("");
        onEnter = () -> { };
        onSignOut = () -> { };
        calls.write(() -> {
            Shift open = currentShift().orElseThrow(() -> new IllegalStateException(messages.get("shift.none")));
            return backend.call(c -> c.closeShift(open.shiftId()));
        }, report -> {
            title.setText(text.title(report));
            lines.getItems().setAll(text.lines(report));
            lines.setVisible(true);
            message.setText(messages.get("shift.printing"));
            onEnter = done;
            calls.write(() -> {
                printer.print(text.receipt(report));
                return true;
            }, printed -> message.setText(messages.get("shift.printed")));
        });
    }

    private Optional<Shift> currentShift() {
        try {
            return Optional.of(backend.call(c -> c.currentShift()));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    private void failed(CallFailure failure) {
        message.setText(failure.cause() instanceof PrinterException printing
                ? messages.get("shift.notPrinted", printing.getMessage()) : failure.message());
    }

    public Node view() {
        return view;
    }

    public void focus() {
        view.requestFocus();
    }
}
