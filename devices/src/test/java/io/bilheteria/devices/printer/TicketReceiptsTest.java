package io.bilheteria.devices.printer;

import static io.bilheteria.devices.printer.Tickets.opera;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TicketReceiptsTest {

    @Test
    void aPortugueseReceiptKeepsTheAccentsAndShowsReais() {
        Receipt receipt = new TicketReceipts(ReceiptGrouping.PER_TICKET).receiptsFor(List.of(opera("12", "K7Q2M"))).get(0);

        assertThat(texts(receipt)).contains(
                "Ópera no Parque: A",
                "Flauta Mágica",
                "Teatro Municipal de São Paulo",
                "sábado, 14 de março de 2026",
                "20:00",
                "Apresente este código na entrada",
                "Pedido K7Q2M");
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Preço").endsWith(" R$ 45,00"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Lugar").endsWith(" 12"));
        assertThat(qrPayloads(receipt)).containsExactly(Tickets.payload("12"));
        assertThat(receipt.elements()).last().isInstanceOf(ReceiptElement.Cut.class);
    }

    @Test
    void anEnglishReceiptUsesEnglishDatesAndMoney() {
        Receipt receipt = new TicketReceipts(Locale.ENGLISH, ReceiptGrouping.PER_TICKET)
                .receiptsFor(List.of(opera("12", "K7Q2M"))).get(0);

        assertThat(texts(receipt)).contains("Saturday, March 14, 2026", "8:00 PM", "Order K7Q2M");
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Price").endsWith(" R$45.00"));
    }

    @Test
    void perTicketPrintsOneReceiptEachAndPerOrderOneWithEveryCodeAndTheTotal() {
        List<PrintableTicket> order = List.of(opera("11", "K7Q2M"), opera("12", "K7Q2M"), opera("13", "K7Q2M"));

        List<Receipt> perTicket = new TicketReceipts(ReceiptGrouping.PER_TICKET).receiptsFor(order);
        List<Receipt> perOrder = new TicketReceipts(ReceiptGrouping.PER_ORDER).receiptsFor(order);

        assertThat(perTicket).hasSize(3);
        assertThat(perTicket).extracting(TicketReceiptsTest::qrPayloads).containsExactly(
                List.of(Tickets.payload("11")), List.of(Tickets.payload("12")), List.of(Tickets.payload("13")));
        assertThat(perOrder).hasSize(1);
        Receipt whole = perOrder.get(0);
        assertThat(qrPayloads(whole))
                .containsExactly(Tickets.payload("11"), Tickets.payload("12"), Tickets.payload("13"));
        assertThat(texts(whole)).filteredOn(line -> line.equals("Teatro Municipal de São Paulo")).hasSize(1);
        assertThat(texts(whole)).anySatisfy(line -> assertThat(line).startsWith("Total").endsWith(" R$ 135,00"));
        assertThat(whole.elements()).filteredOn(ReceiptElement.Cut.class::isInstance).hasSize(1);
    }

    @Test
    void aReprintSaysSoAndTheFirstPrintDoesNot() {
        TicketReceipts layout = new TicketReceipts(ReceiptGrouping.PER_TICKET);

        assertThat(texts(layout.receiptsFor(List.of(opera("12", "K7Q2M").asReprint(2))).get(0)))
                .contains("REIMPRESSÃO #2");
        assertThat(texts(layout.receiptsFor(List.of(opera("12", "K7Q2M"))).get(0)))
                .noneMatch(line -> line.contains("REIMPRESSÃO"));
    }

    @Test
    void aMeiaEntradaSaysSoAndAsksForTheDocument() {
        TicketReceipts layout = new TicketReceipts(ReceiptGrouping.PER_TICKET);
        PrintableTicket full = opera("12", "K7Q2M");
        PrintableTicket half = new PrintableTicket(full.eventTitle(), full.venue(), full.sessionStart(), full.zone(),
                full.section(), full.row(), full.seat(), full.priceCents() / 2, full.currency(), full.orderCode(),
                full.qrPayload(), 0, true);

        assertThat(texts(layout.receiptsFor(List.of(half)).get(0)))
                .contains("MEIA-ENTRADA", "Apresente o documento na entrada");
        assertThat(texts(layout.receiptsFor(List.of(half.asReprint(1))).get(0))).as("a reprint stays a meia-entrada")
                .contains("MEIA-ENTRADA", "REIMPRESSÃO #1");
        assertThat(texts(layout.receiptsFor(List.of(full)).get(0))).noneMatch(line -> line.contains("MEIA"));
    }

    @Test
    void everyLineFitsTheConfiguredPaperWidth() {
        TicketReceipts narrow = new TicketReceipts(Locale.forLanguageTag("pt-BR"), ReceiptGrouping.PER_ORDER, 32);

        Receipt receipt = narrow.receiptsFor(List.of(opera("12", "K7Q2M"))).get(0);

        assertThat(receipt.elements()).filteredOn(ReceiptElement.Text.class::isInstance)
                .map(ReceiptElement.Text.class::cast)
                .allSatisfy(text -> assertThat(text.text().length() * text.size().widthFactor()).isLessThanOrEqualTo(32));
        assertThat(texts(receipt)).contains("Ópera no Parque:", "A Flauta Mágica");
    }

    @Test
    void ticketsOfTwoOrdersDoNotShareABatch() {
        TicketReceipts layout = new TicketReceipts(ReceiptGrouping.PER_ORDER);

        assertThatThrownBy(() -> layout.receiptsFor(List.of(opera("11", "K7Q2M"), opera("12", "Z9X8W"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> texts(Receipt receipt) {
        return receipt.elements().stream()
                .filter(ReceiptElement.Text.class::isInstance)
                .map(e -> ((ReceiptElement.Text) e).text())
                .toList();
    }

    static List<String> qrPayloads(Receipt receipt) {
        return receipt.elements().stream()
                .filter(ReceiptElement.QrCode.class::isInstance)
                .map(e -> ((ReceiptElement.QrCode) e).payload())
                .toList();
    }
}
