package io.bilheteria.kiosk.collect;

import static io.bilheteria.kiosk.collect.OnlineOrders.ANA_CPF;
import static io.bilheteria.kiosk.collect.OnlineOrders.ANA_EMAIL;
import static io.bilheteria.kiosk.collect.OnlineOrders.SOMEONE_ELSES_CPF;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.devices.printer.ReceiptElement;
import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.kiosk.KioskWindow;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Retirar ingressos" on the real kiosk over the real backend, by touch: the buyer's taps on buttons
 * are counted apart from keystrokes on the on-screen keys (a code's 6, a CPF's 11), and a scan of the
 * e-mail's QR code arrives as a keyboard-wedge scanner sends it, a burst of keys ending in Enter.
 */
@ExtendWith(ApplicationExtension.class)
class CollectJourneyTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    @TempDir
    static Path dataDir;
    private UiTaskExecutor tasks;
    private KioskWindow kiosk;
    private FxRobot robot;
    private int taps;
    private int keystrokes;

    @Start
    void start(Stage stage) {
        tasks = new UiTaskExecutor(2);
        kiosk = KioskWindow.open(stage, KioskConfig.defaults(dataDir).withWindowed(true), backend.baseUrl(),
                Clock.systemUTC(), tasks);
    }

    @Stop
    void stop() {
        kiosk.navigator().go(Place.MAINTENANCE);
        kiosk.stop();
        tasks.close();
    }

    @BeforeEach
    void robot(FxRobot driver) {
        robot = driver;
    }

    @Test
    void aTypedCodeAndTheCpfPrintTheTicketsInThreeTaps() {
        String code = OnlineOrders.boughtByAna(backend, 2);
        waitFor(Place.ATTRACT);

        tap("attract-collect");
        waitFor(Place.COLLECT_CODE);
        type("collect-keyboard", code.toLowerCase());
        tap("collect-code-next");
        waitFor(Place.COLLECT_BUYER);
        assertThat(text("collect-order")).isEqualTo("Pedido " + code);
        type("collect-keypad", ANA_CPF);
        tap("collect-print");
        waitFor(Place.COLLECTED);

        assertThat(taps).isEqualTo(3);
        assertThat(keystrokes).isEqualTo(6 + 11);
        assertThat(text("collect-done-message")).contains("Seus 2 ingressos foram impressos");
        assertThat(printedSince(0)).hasSize(2);
    }

    @Test
    void theEmailsQrCodeAndTheEmailPrintTheTicketsInTwoTaps() {
        String code = OnlineOrders.boughtByAna(backend, 1);
        waitFor(Place.ATTRACT);

        scan(code);
        waitFor(Place.COLLECT_BUYER);
        tap("collect-use-email");
        type("collect-email-keyboard", ANA_EMAIL);
        tap("collect-print");
        waitFor(Place.COLLECTED);

        assertThat(taps).isEqualTo(2);
        assertThat(text("collect-done-message")).contains("Seu ingresso foi impresso");
    }

    @Test
    void aWrongCpfIsRefusedWithoutSayingWhichWasWrongAndNothingPrints() {
        String code = OnlineOrders.boughtByAna(backend, 1);
        long before = lastReceipt();
        waitFor(Place.ATTRACT);

        scan(code);
        waitFor(Place.COLLECT_BUYER);
        type("collect-keypad", SOMEONE_ELSES_CPF);
        tap("collect-print");
        waitUntil(() -> visible("collect-buyer-error"), "the refusal");

        assertThat(text("collect-buyer-error")).contains("Confira o código do pedido e o CPF ou e-mail");
        assertThat(kiosk.navigator().getPlace()).isEqualTo(Place.COLLECT_BUYER);
        assertThat(printedSince(before)).isEmpty();
        tap("cancel-purchase");
        waitFor(Place.ATTRACT);
    }

    /**
     * The fewest taps: the e-mail's QR code at the attract screen, the CPF on the keypad, "Imprimir". Then
     * the same order again: printed before, it is reissued (REIMPRESSÃO #1, then #2), each time in one tap.
     */
    @Test
    void scanningTheEmailsQrCodeCollectsInOneTapAndEveryCollectionAfterTheFirstIsAReprint() {
        String code = OnlineOrders.boughtByAna(backend, 1);

        List<String> first = collectByScanAndCpf(code);
        assertThat(taps).as("taps from the attract screen to the tickets").isEqualTo(1);
        assertThat(keystrokes).as("the CPF's digits").isEqualTo(11);
        List<String> second = collectByScanAndCpf(code);
        List<String> third = collectByScanAndCpf(code);

        assertThat(first).noneMatch(line -> line.contains("REIMPRESSÃO"));
        assertThat(second).contains("REIMPRESSÃO #1");
        assertThat(third).contains("REIMPRESSÃO #2");
    }

    /** From the attract screen to the collected screen and back; the text lines of what printed. */
    private List<String> collectByScanAndCpf(String code) {
        taps = 0;
        keystrokes = 0;
        waitFor(Place.ATTRACT);
        long before = lastReceipt();
        scan(code);
        waitFor(Place.COLLECT_BUYER);
        type("collect-keypad", ANA_CPF);
        tap("collect-print");
        waitFor(Place.COLLECTED);
        List<String> lines = printedSince(before).stream().flatMap(r -> r.receipt().elements().stream())
                .filter(ReceiptElement.Text.class::isInstance).map(e -> ((ReceiptElement.Text) e).text()).toList();
        int counted = taps;
        robot.interact(() -> robot.lookup("#collect-finish").queryButton().fire());
        taps = counted; // "Concluir" is not needed: the kiosk goes back by itself when the buyer walks off
        waitFor(Place.ATTRACT);
        return lines;
    }

    /** A keyboard-wedge scanner: the code's keys and Enter, far faster than a person types, into the scene. */
    private void scan(String code) {
        robot.interact(() -> {
            Node target = kiosk.navigator().getPlace() == Place.ATTRACT ? robot.lookup("#attract").query()
                    : robot.lookup("#screens").query();
            for (char c : (code + "\r").toCharArray()) {
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, Character.toString(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        });
    }

    private void tap(String id) {
        Node node = robot.lookup("#" + id).query();
        waitUntil(() -> node.isVisible() && !node.isDisabled(), "#" + id + " visible and enabled");
        robot.clickOn(node);
        taps++;
    }

    /** One key of the on-screen keys per character; fired, not glided to, as the kiosk's other journeys do. */
    private void type(String keysId, String text) {
        Node keys = robot.lookup("#" + keysId).query();
        text.codePoints().mapToObj(Character::toString).forEach(character -> {
            Set<Button> key = robot.from(keys).lookup(".key")
                    .match((Button b) -> character.equals(b.getText()) && b.isVisible()).queryAllAs(Button.class);
            assertThat(key).as("the key '%s' on #%s", character, keysId).hasSize(1);
            robot.interact(key.iterator().next()::fire);
            keystrokes++;
        });
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private boolean visible(String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private SimulatedPrinter printer() {
        return (SimulatedPrinter) kiosk.printer();
    }

    private long lastReceipt() {
        List<PrintedReceipt> receipts = printer().lastReceipts();
        return receipts.isEmpty() ? 0 : receipts.get(receipts.size() - 1).number();
    }

    private List<PrintedReceipt> printedSince(long number) {
        return printer().lastReceipts().stream().filter(r -> r.number() > number).toList();
    }

    private void waitFor(Place place) {
        waitUntil(() -> kiosk.navigator().getPlace() == place, "the kiosk on " + place);
    }

    private void waitUntil(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("waited for " + what + "; the kiosk is on " + kiosk.navigator().getPlace(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
