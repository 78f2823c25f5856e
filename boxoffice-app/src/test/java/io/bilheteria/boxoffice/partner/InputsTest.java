package io.bilheteria.boxoffice.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.partners.RowLabels;
import io.bilheteria.api.partners.SeatPosition;
import io.bilheteria.ui.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What a partner types, read as the backend takes it, and the mistakes said in words. */
class InputsTest {
    private final Inputs inputs = new Inputs(new Messages(Messages.PT_BR, PartnerScreen.BUNDLE));

    @Test
    void moneyIsReadAsBraziliansAndOthersWriteIt() {
        assertThat(inputs.cents("90,00", "Preço")).isEqualTo(9000);
        assertThat(inputs.cents("R$\u00A01.234,56", "Preço")).isEqualTo(123456);
        assertThat(inputs.cents("90.5", "Preço")).isEqualTo(9050);
        assertThat(inputs.cents("1.500", "Preço")).isEqualTo(150000);
        assertThat(inputs.cents("45", "Preço")).isEqualTo(4500);
        assertThatThrownBy(() -> inputs.cents("9,999", "Preço")).hasMessage("Preço: escreva um valor como 90,00.");
        assertThatThrownBy(() -> inputs.cents("-5", "Preço")).hasMessage("Preço: escreva um valor como 90,00.");
        assertThatThrownBy(() -> inputs.cents(" ", "Preço")).hasMessage("Preencha «Preço».");
    }

    @Test
    void seatsAndListsAreSeparatedByCommasOrSpaces() {
        assertThat(inputs.seats("A1, c12 AA-3; 3-12", "Cadeirantes")).containsExactly(new SeatPosition("A", 1),
                new SeatPosition("C", 12), new SeatPosition("AA", 3), new SeatPosition("3", 12));
        assertThat(inputs.numbers("5, 10 15", "Corredor")).containsExactly(5, 10, 15);
        assertThat(inputs.numbers("", "Corredor")).isEmpty();
        assertThatThrownBy(() -> inputs.seats("A", "Cadeirantes")).hasMessageStartingWith("Cadeirantes: escreva");
    }

    @Test
    void aRowLabelIsTheIndexTheBackendLettersFrom() {
        assertThat(inputs.rowIndex("", RowLabels.LETTERS, "Primeira")).isZero();
        assertThat(inputs.rowIndex("c", RowLabels.LETTERS, "Primeira")).isEqualTo(2);
        assertThat(inputs.rowIndex("J", RowLabels.LETTERS, "Primeira")).as("no I").isEqualTo(8);
        assertThat(inputs.rowIndex("AB", RowLabels.LETTERS, "Primeira")).isEqualTo(25);
        assertThat(inputs.rowIndex("3", RowLabels.NUMBERS, "Primeira")).isEqualTo(2);
        assertThatThrownBy(() -> inputs.rowIndex("O", RowLabels.LETTERS, "Primeira"))
                .hasMessageStartingWith("Primeira: a letra da fileira");
    }

    @Test
    void aSessionStartsAtTheVenuesClock() {
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        LocalDate day = LocalDate.of(2030, 12, 20);
        assertThat(inputs.startsAt(day, "20:30", saoPaulo)).isEqualTo(Instant.parse("2030-12-20T23:30:00Z"));
        assertThat(inputs.startsAt(day, "20h", saoPaulo)).isEqualTo(Instant.parse("2030-12-20T23:00:00Z"));
        assertThatThrownBy(() -> inputs.startsAt(day, "25:00", saoPaulo)).hasMessage("Hora: escreva a hora como 20:00.");
        assertThatThrownBy(() -> inputs.startsAt(null, "20:00", saoPaulo)).hasMessage("Preencha «Data».");
    }
}
