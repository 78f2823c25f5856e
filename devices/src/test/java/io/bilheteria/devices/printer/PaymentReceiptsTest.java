package io.bilheteria.devices.printer;

import static io.bilheteria.devices.printer.TicketReceiptsTest.qrPayloads;
import static io.bilheteria.devices.printer.TicketReceiptsTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PaymentReceiptsTest {
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @Test
    void aPortugueseReceiptListsWhatWasBoughtTheTotalAndTheCardAsKept() {
        Receipt receipt = new PaymentReceipts(PT_BR, 48).receiptFor(Tickets.operaPayment());

        assertThat(texts(receipt)).contains("COMPROVANTE DE PAGAMENTO", "Ópera no Parque: A Flauta Mágica",
                "14/03/2026 20:00", "Plateia A, Fileira C, Lugar 12", "Plateia A, Fileira C, Lugar 13",
                "Pipoca grande");
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Pedido").endsWith(" K7Q2M"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Data").endsWith(" 10/03/2026 14:42"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Terminal").endsWith(" totem-01"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("  Inteira").endsWith(" R$ 45,00"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("  Meia-entrada").endsWith(" R$ 22,50"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("  2 x R$ 18,00").endsWith(" R$ 36,00"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Total").endsWith(" R$ 103,50"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Cartão").endsWith(" VISA final 1111"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Autorização").endsWith(" A1B2C3"));
        assertThat(qrPayloads(receipt)).as("a receipt is no ticket: no code gets anyone in").isEmpty();
        assertThat(receipt.elements()).last().isInstanceOf(ReceiptElement.Cut.class);
    }

    @Test
    void anEnglishReceiptSaysTheSameInEnglish() {
        Receipt receipt = new PaymentReceipts(Locale.ENGLISH, 48).receiptFor(Tickets.operaPayment());

        assertThat(texts(receipt)).contains("PAYMENT RECEIPT", "Plateia A, Row C, Seat 12");
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Order").endsWith(" K7Q2M"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("  Half price (meia-entrada)")
                .endsWith(" R$22.50"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Card").endsWith(" VISA ending 1111"));
        assertThat(texts(receipt)).anySatisfy(line -> assertThat(line).startsWith("Authorisation").endsWith(" A1B2C3"));
    }

    @Test
    void everyLineFitsFiftyEightMillimetrePaperAndNothingIsLost() {
        Receipt receipt = new PaymentReceipts(PT_BR, 32).receiptFor(Tickets.operaPayment());

        assertThat(receipt.elements()).filteredOn(ReceiptElement.Text.class::isInstance)
                .map(ReceiptElement.Text.class::cast)
                .allSatisfy(text -> assertThat(text.text().length() * text.size().widthFactor()).isLessThanOrEqualTo(32));
        assertThat(String.join("\n", texts(receipt))).contains("COMPROVANTE", "Fileira C, Lugar 13", "R$ 103,50",
                "VISA final 1111", "A1B2C3");
    }
}
