package io.bilheteria.boxoffice.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.shifts.BrandTotals;
import io.bilheteria.api.shifts.ProductSales;
import io.bilheteria.api.shifts.Shift;
import io.bilheteria.api.shifts.ShiftReport;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.devices.printer.ReceiptElement;
import io.bilheteria.devices.printer.TicketReceipts;
import io.bilheteria.ui.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The till's report on paper: numbers kept whole on one line, every brand named in the cashier's language. */
class ShiftReportTextTest {
    private final ShiftReportText text = new ShiftReportText(new Messages(Messages.PT_BR, BoxOfficeWindow.BUNDLE),
            ZoneId.of("America/Sao_Paulo"));
    private final ShiftReport report = new ShiftReport(
            new Shift("s1", "maria.aparecida.dos.santos", Instant.parse("2026-12-04T12:00:00Z"),
                    Instant.parse("2026-12-04T22:30:00Z")),
            List.of(new BrandTotals("MASTERCARD", 112, 1_234_567_00L, 13, 120_00L),
                    new BrandTotals("OTHER", 1, 120_00L, 0, 0)),
            224, 12, List.of(new ProductSales("p1", "Combo pipoca grande e refrigerante", 40, 1_120_00L)),
            1_234_687_00L, 120_00L, 1_234_567_00L);

    @Test
    void longLinesBreakBetweenWordsSoNoAmountIsSplitAcrossTwoLines() {
        List<String> printed = printedLines();

        assertThat(printed).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TicketReceipts.COLUMNS_80MM));
        assertThat(printed).as("lines longer than the paper were broken").hasSizeGreaterThan(text.lines(report).size() + 2);
        String oneSpace = String.join("\n", printed).replace('\u00A0', ' ').replace('\u202F', ' ');
        assertThat(oneSpace).contains("R$ 1.234.567,00", "R$ 1.120,00", "R$ 120,00", "fechado às 19:30");
    }

    @Test
    void cardsOfNoKnownBrandAreCalledSoNotByTheBackendsCode() {
        assertThat(text.lines(report)).anySatisfy(line -> assertThat(line).startsWith("Outras bandeiras: 1 venda(s)"))
                .noneSatisfy(line -> assertThat(line).contains("OTHER"));
    }

    private List<String> printedLines() {
        return text.receipt(report).elements().stream()
                .filter(ReceiptElement.Text.class::isInstance).map(ReceiptElement.Text.class::cast)
                .filter(line -> !line.bold())
                .map(ReceiptElement.Text::text).toList();
    }
}
