package io.bilheteria.devices.printer;

import static io.bilheteria.devices.printer.TicketReceiptsTest.qrPayloads;
import static io.bilheteria.devices.printer.TicketReceiptsTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class VoucherSlipsTest {
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @Test
    void aSlipNamesTheProductAndTheShowAndCarriesTheSignedCodeAsQrAndText() {
        Receipt slip = new VoucherSlips(PT_BR, 48).slipFor(Tickets.popcorn(1));

        assertThat(texts(slip)).contains("VALE-PRODUTO", "Pipoca grande", "Ópera no Parque: A",
                "Teatro Municipal de São Paulo", "sábado, 14 de março de 2026", "20:00", "Pedido K7Q2M");
        assertThat(qrPayloads(slip)).containsExactly(Tickets.voucherCode(1));
        assertThat(String.join("", texts(slip))).as("the code typed when a scanner fails").contains(Tickets.voucherCode(1));
        assertThat(slip.elements()).filteredOn(ReceiptElement.Cut.class::isInstance).hasSize(1);
    }

    @Test
    void anEnglishSlipOnFiftyEightMillimetrePaper() {
        Receipt slip = new VoucherSlips(Locale.ENGLISH, 32).slipFor(Tickets.popcorn(2));

        assertThat(texts(slip)).contains("PRODUCT VOUCHER", "Saturday, March 14, 2026", "8:00 PM", "Order K7Q2M");
        assertThat(slip.elements()).filteredOn(ReceiptElement.Text.class::isInstance)
                .map(ReceiptElement.Text.class::cast)
                .allSatisfy(text -> assertThat(text.text().length() * text.size().widthFactor()).isLessThanOrEqualTo(32));
        assertThat(String.join("", texts(slip))).contains(Tickets.voucherCode(2));
    }
}
