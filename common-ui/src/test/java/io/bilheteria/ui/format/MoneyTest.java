package io.bilheteria.ui.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void realsInPortugueseHaveACommaAndANoBreakSpaceAfterTheSymbol() {
        assertThat(Money.format(4500, "BRL", Messages.PT_BR)).isEqualTo("R$\u00A045,00");
        assertThat(Money.format(123456, "BRL", Messages.PT_BR)).isEqualTo("R$\u00A01.234,56");
        assertThat(Money.format(5, "BRL", Messages.PT_BR)).isEqualTo("R$\u00A00,05");
    }

    @Test
    void realsInEnglishHaveAPointAndNoSpace() {
        assertThat(Money.format(4500, "BRL", Messages.ENGLISH)).isEqualTo("R$45.00");
        assertThat(Money.format(123456, "BRL", Messages.ENGLISH)).isEqualTo("R$1,234.56");
    }

    @Test
    void otherCurrenciesUseTheirOwnSymbolAndMinorUnits() {
        assertThat(Money.format(4500, "USD", Messages.ENGLISH)).isEqualTo("$45.00");
        assertThat(Money.format(4500, "USD", Messages.PT_BR)).isEqualTo("US$\u00A045,00");
        // yen have no minor unit: 4500 is 4,500 yen
        assertThat(Money.format(4500, "JPY", Messages.ENGLISH)).isEqualTo("¥4,500");
    }

    @Test
    void refundsAreNegative() {
        assertThat(Money.format(-4500, "BRL", Messages.PT_BR)).isEqualTo("-R$\u00A045,00");
    }

    @Test
    void anUnknownCurrencyCodeIsRejected() {
        assertThatThrownBy(() -> Money.format(100, "XYZ", Messages.PT_BR)).isInstanceOf(IllegalArgumentException.class);
    }
}
