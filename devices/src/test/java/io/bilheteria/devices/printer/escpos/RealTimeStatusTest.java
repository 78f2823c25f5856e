package io.bilheteria.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.devices.printer.PrinterStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RealTimeStatusTest {

    @ParameterizedTest
    @EnumSource(PrinterStatus.class)
    void theAnswersOfAnEpsonPrinterReadAsItsCondition(PrinterStatus condition) {
        int[] answers = FakeEscPosPrinter.answersFor(condition);

        assertThat(RealTimeStatus.decode(answers[0], answers[1], answers[2])).isEqualTo(condition);
    }

    @Test
    void paperOutWinsOverAnOpenCoverWhileTheRollIsChanged() {
        assertThat(RealTimeStatus.decode(0x1A, 0x16 | 0x20, 0x12 | 0x60)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(RealTimeStatus.decode(0x1A, 0x16, 0x12)).isEqualTo(PrinterStatus.COVER_OPEN);
    }

    @Test
    void onlyBytesWithTheFixedBitsAreStatusAnswers() {
        assertThat(RealTimeStatus.isStatusByte(0x12)).isTrue();
        assertThat(RealTimeStatus.isStatusByte(0x7E)).isTrue();
        assertThat(RealTimeStatus.isStatusByte(0x11)).as("XON").isFalse();
        assertThat(RealTimeStatus.isStatusByte(0x13)).as("XOFF").isFalse();
        assertThat(RealTimeStatus.isStatusByte(0x92)).isFalse();
        assertThatThrownBy(() -> RealTimeStatus.decode(0x12, 0x00, 0x12)).hasMessageContaining("0x00");
    }
}
