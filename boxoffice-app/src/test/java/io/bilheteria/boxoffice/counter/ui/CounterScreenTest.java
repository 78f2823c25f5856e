package io.bilheteria.boxoffice.counter.ui;

import static io.bilheteria.boxoffice.testing.Screens.scan;
import static io.bilheteria.boxoffice.testing.Screens.text;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.orders.Order;
import io.bilheteria.api.vouchers.RedeemResultType;
import io.bilheteria.boxoffice.counter.ConcessionCounter;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.gate.ui.VerdictTone;
import io.bilheteria.boxoffice.gate.ui.VerdictView;
import io.bilheteria.boxoffice.offline.SyncSettings;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.testing.BoxOfficeUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The concession counter by keyboard alone, vouchers scanned at a scanner's pace into the window,
 * against the real backend: sign in with a gate account, F4 for the counter, hand a voucher over
 * once and refuse its copy with where and when, refuse a refunded order's voucher, and hand over
 * with the backend gone, where a voucher another counter also handed over offline shows up as a
 * conflict (F7) once both have synced.
 */
@ExtendWith(ApplicationExtension.class)
class CounterScreenTest {
    @TempDir
    Path dataDir;
    private BoxOfficeUnderTest boxOffice;
    private LocalBackend backend;
    private String session;

    @Start
    void start(Stage stage) {
        boxOffice = BoxOfficeUnderTest.open(stage, dataDir, config -> config.withCounterId("pipoca-norte"));
        backend = boxOffice.backend();
        session = backend.theatreSessions().get(0);
    }

    @Stop
    void stop() {
        boxOffice.close();
    }

    @Test
    void aVoucherIsHandedOverOnceAndItsCopyIsRefusedWithWhereAndWhen(FxRobot robot) {
        String popcorn = voucher(backend.sellProduct(session, "Pipoca", 1));
        signInAndOpenTheCounter(robot);

        scan(boxOffice.scene(), popcorn);
        waitFor(() -> "ENTREGAR".equals(text(robot, ".verdict-headline")), "the voucher handed over");
        assertThat(verdict(robot).getTone()).isEqualTo(VerdictTone.ACCEPTED);
        assertThat(text(robot, ".verdict-detail")).isEqualTo("Pipoca");
        assertThat(text(robot, ".verdict-note")).isEqualTo("Entregue o produto.");

        scan(boxOffice.scene(), popcorn);
        waitFor(() -> "JÁ ENTREGUE".equals(text(robot, ".verdict-headline")), "the copy refused");
        assertThat(verdict(robot).getTone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(text(robot, ".verdict-detail")).as("the product, and when and where it was handed over")
                .startsWith("Pipoca\nEntregue às ").endsWith(" no balcão pipoca-norte");
        waitFor(() -> text(robot, "#counter-counts").equals("Entregues 1 · Recusados 1"), "the counts");
    }

    @Test
    void aRefundedOrdersVoucherIsCancelled(FxRobot robot) {
        Order order = backend.sellProduct(session, "Refrigerante", 1);
        backend.refund(order.orderId());
        signInAndOpenTheCounter(robot);

        scan(boxOffice.scene(), voucher(order));

        waitFor(() -> "CANCELADO".equals(text(robot, ".verdict-headline")), "the voucher refused");
        assertThat(verdict(robot).getTone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(text(robot, ".verdict-detail")).isEqualTo("Refrigerante\nO pedido deste voucher foi reembolsado");
        waitFor(() -> text(robot, "#counter-counts").equals("Entregues 0 · Recusados 1"), "the counts");
    }

    @Test
    void twoCountersOfflineHandTheSameVoucherOverAndAfterSyncingThisOneSeesTheConflict(FxRobot robot)
            throws Exception {
        String popcorn = voucher(backend.sellProduct(session, "Pipoca", 1));
        try (ConcessionCounter south = ConcessionCounter.open(dataDir.resolve("south"), backend.as("gate"),
                "pipoca-sul", BoxOfficeConfig.DEFAULT_VENUE_ZONE,
                SyncSettings.defaults().withSyncEvery(Duration.ofHours(1)), null)) {
            south.syncNow().get(20, TimeUnit.SECONDS);
            signInAndOpenTheCounter(robot);
            waitFor(() -> text(robot, "#counter-sync").startsWith("Sincronizado"), "the counter synced once");
            backend.stop();

            assertThat(south.scan(popcorn).result()).isEqualTo(RedeemResultType.REDEEMED);
            scan(boxOffice.scene(), popcorn);
            waitFor(() -> "ENTREGAR".equals(text(robot, ".verdict-headline")), "handed over offline too");
            assertThat(text(robot, ".verdict-detail")).as("named offline").isEqualTo("Pipoca");
            assertThat(text(robot, ".verdict-note")).contains("Sem conexão");
            robot.push(KeyCode.F9);
            waitFor(() -> text(robot, "#counter-sync").equals("Sem conexão · 1 entrega a enviar · conferindo offline"),
                    "the hand-over kept to send");

            backend.restart();
            south.syncNow().get(20, TimeUnit.SECONDS);
            robot.push(KeyCode.F9);
            waitFor(() -> text(robot, "#counter-conflicts").equals("1 conflito · F7 para ver"), "the conflict");
            robot.push(KeyCode.F7);
            waitFor(() -> robot.lookup("#counter-conflict-panel").query().isVisible(), "the conflicts listed");
            assertThat(robot.lookup("#counter-conflict-list").queryListView().getItems()).singleElement().asString()
                    .startsWith("Pipoca: entregue aqui às ").endsWith(" no balcão pipoca-sul");
            assertThat(text(robot, "#counter-sync")).startsWith("Sincronizado");
        }
    }

    private void signInAndOpenTheCounter(FxRobot robot) {
        robot.write("gate").push(KeyCode.TAB).write("demo-gate").push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#gate-session-filter").tryQuery().isPresent(), "the choice of gate or counter");
        robot.push(KeyCode.F4);
        waitFor(() -> "PRONTO".equals(text(robot, ".verdict-headline"))
                && text(robot, "#counter-title").equals("Balcão de produtos"), "the counter ready");
    }

    private static String voucher(Order order) {
        return order.vouchers().get(0).code();
    }

    private static VerdictView verdict(FxRobot robot) {
        return robot.lookup("#counter-verdict").queryAs(VerdictView.class);
    }
}
