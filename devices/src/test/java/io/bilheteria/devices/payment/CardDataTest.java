package io.bilheteria.devices.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardDataTest {

    @Test
    void printingACardShowsOnlyItsLastFourDigits() {
        CardData card = new CardData("4111111111111111", "ANA SOUZA", 12, 2030, "123");

        assertThat(card.toString()).doesNotContain("4111111111111111").doesNotContain("123").contains("1111");
        assertThat(new CardReadResult.Presented(card).toString()).doesNotContain("4111111111111111");
        assertThat(card.last4()).isEqualTo("1111");
    }
}
