package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.shifts.BrandTotals;
import io.bilheteria.api.shifts.ProductSales;
import io.bilheteria.api.shifts.ShiftReport;
import io.bilheteria.devices.printer.Alignment;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.TextSize;
import io.bilheteria.devices.printer.TicketReceipts;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A closed shift's report as lines of text, the same on the screen and on the receipt
 * printer: who and when, sales and refunds per card brand, tickets by type, products, totals.
 */
final class ShiftReportText {
    private static final String CURRENCY = "BRL";
    private static final String OTHER_BRANDS = "OTHER";
    private final Messages messages;
    private final ZoneId zone;

    ShiftReportText(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    String title(ShiftReport report) {
        return messages.get("shift.report.title", report.shift().cashier(),
                Formats.dateTime(report.shift().openedAt(), zone, messages.getLocale()),
                Formats.time(report.shift().closedAt(), zone, messages.getLocale()));
    }

    List<String> lines(ShiftReport report) {
        List<String> lines = new ArrayList<>();
        for (BrandTotals brand : report.byBrand()) {
            lines.add(messages.get("shift.report.brand", brandName(brand.brand()), brand.sales(), money(brand.salesCents()),
                    brand.refunds(), money(brand.refundsCents())));
        }
        lines.add(messages.get("shift.report.tickets", report.fullTickets(), report.halfTickets()));
        for (ProductSales product : report.products()) {
            lines.add(messages.get("shift.report.product", product.quantity(), product.name(),
                    money(product.totalCents())));
        }
        lines.add(messages.get("shift.report.sales", money(report.salesCents())));
        lines.add(messages.get("shift.report.refunds", money(report.refundsCents())));
        lines.add(messages.get("shift.report.net", money(report.netCents())));
        return lines;
    }

    Receipt receipt(ShiftReport report) {
        Receipt.Builder receipt = Receipt.builder()
                .boldText(messages.get("shift.report.heading"), Alignment.CENTER, TextSize.DOUBLE_HEIGHT);
        atWords(title(report)).forEach(line -> receipt.text(line, Alignment.CENTER));
        receipt.separator();
        lines(report).stream().flatMap(line -> atWords(line).stream()).forEach(receipt::text);
        return receipt.separator().feed(3).cut().build();
    }

    /** Brands are names the cashier reads on the card; the cards the backend cannot tell apart are not one. */
    private String brandName(String brand) {
        return OTHER_BRANDS.equals(brand) ? messages.get("shift.report.brand.other") : brand;
    }

    /** A line broken at spaces to fit the receipt, so no number is split across two lines. */
    private static List<String> atWords(String line) {
        return TicketReceipts.wrap(line, TicketReceipts.COLUMNS_80MM);
    }

    private String money(long cents) {
        return Money.format(cents, CURRENCY, messages.getLocale());
    }
}
