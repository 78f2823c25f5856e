package io.bilheteria.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodePageTest {
    private static final String PORTUGUESE = "ÁÀÂÃÉÊÍÓÔÕÚÇÜ áàâãéêíóôõúçü — Preço: R$ 45,00";

    @ParameterizedTest
    @EnumSource(value = CodePage.class, names = {"PC860", "PC850", "PC858", "WPC1252"})
    void everyPortugueseLetterPrintsAsItselfInTheLatinTables(CodePage page) {
        byte[] bytes = page.encode("ÁÀÂÃÉÊÍÓÔÕÚÇÜ áàâãéêíóôõúçü");

        assertThat(bytes).hasSize(27);
        assertThat(new String(bytes, page.charset())).isEqualTo("ÁÀÂÃÉÊÍÓÔÕÚÇÜ áàâãéêíóôõúçü");
    }

    @Test
    void pc860IsSelectedWithItsEpsonNumberAndUsesOneBytePerLetter() {
        assertThat(CodePage.PC860.escPosNumber()).isEqualTo(3);
        assertThat(CodePage.PC860.encode("ã")).containsExactly(0x84);
        assertThat(CodePage.PC860.encode("Ç")).containsExactly(0x80);
    }

    @Test
    void decomposedAccentsFromTheKeyboardArePrintedComposed() {
        String decomposed = "Sa\u0303o Paulo";

        assertThat(new String(CodePage.PC860.encode(decomposed), CodePage.PC860.charset())).isEqualTo("São Paulo");
    }

    @Test
    void charactersTheTableLacksBecomeTheirAsciiFormNotGarbage() {
        String text = "“Ópera” – 10 € … ñ ş 日";

        String printed = new String(CodePage.PC860.encode(text), CodePage.PC860.charset());

        assertThat(printed).isEqualTo("\"Ópera\" - 10 EUR ... ñ s ?");
    }

    @Test
    void pc858HasTheEuroSign() {
        assertThat(new String(CodePage.PC858.encode("10 €"), Charset.forName("IBM00858"))).isEqualTo("10 €");
    }

    @Test
    void noCharacterTurnsIntoAControlByte() {
        for (CodePage page : CodePage.values()) {
            for (byte b : page.encode(PORTUGUESE + "«»ºª§°")) {
                assertThat(b & 0xFF).as(page + " byte").isGreaterThanOrEqualTo(0x20);
            }
        }
    }

    @Test
    void namesAsTypedInASetting() {
        assertThat(CodePage.named(" pc850 ")).isEqualTo(CodePage.PC850);
        assertThatThrownBy(() -> CodePage.named("utf8")).hasMessageContaining("known: pc860");
    }
}
