package io.bilheteria.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.kiosk.shell.KioskStatus.Reason;
import org.junit.jupiter.api.Test;

/** When the kiosk sells and why it does not, as the out-of-service screen will say it; no stage needed. */
class KioskStatusTest {
    private final KioskStatus status = new KioskStatus();

    @Test
    void aKioskSellsUntilSomethingStopsIt() {
        assertThat(status.isInService()).isTrue();
        assertThat(status.getReason()).isNull();
    }

    @Test
    void aPrinterThatCannotPrintStopsTheKioskUntilItAnswersReady() {
        status.printerNow(PrinterStatus.PAPER_NEAR_END);
        assertThat(status.isInService()).as("paper running low still prints").isTrue();

        status.printerNow(PrinterStatus.PAPER_OUT);
        assertThat(status.isInService()).isFalse();
        assertThat(status.getReason()).isEqualTo(Reason.PRINTER);
        assertThat(status.printerProblem()).hasValue(PrinterStatus.PAPER_OUT);
        assertThat(status.backendReachableProperty().get()).as("the customer buying may finish").isTrue();

        status.printerNow(PrinterStatus.READY);
        assertThat(status.isInService()).isTrue();
        assertThat(status.printerProblem()).isEmpty();
    }

    @Test
    void aBackendOutOfReachComesFirstSinceAPaymentMayWaitOnIt() {
        status.printerNow(PrinterStatus.COVER_OPEN);
        status.closedByStaffProperty().set(true);

        status.backendUnreachable();
        assertThat(status.getReason()).isEqualTo(Reason.BACKEND);

        status.backendAnswered();
        assertThat(status.getReason()).isEqualTo(Reason.PRINTER);
        status.printerNow(PrinterStatus.READY);
        assertThat(status.getReason()).isEqualTo(Reason.STAFF);
        assertThat(status.isInService()).isFalse();
    }

    @Test
    void aKioskStaffClosedStaysClosedUntilTheyOpenIt() {
        status.closedByStaffProperty().set(true);
        status.printerNow(PrinterStatus.READY);
        status.backendAnswered();
        assertThat(status.getReason()).isEqualTo(Reason.STAFF);

        status.closedByStaffProperty().set(false);
        assertThat(status.isInService()).isTrue();
    }
}
