package io.bilheteria.backend.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A clerk types a CPF however the customer dictates it; only the digits of a valid one are kept. */
class CpfTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"52998224725", "529.982.247-25", "529 982 247 25", " 529.982.247-25 ", "529982247-25"})
    void aValidCpfIsKeptAsItsElevenDigitsWhateverThePunctuation(String typed) {
        assertThat(Cpf.normalize(typed)).contains("52998224725");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"123.456.789-09", "111.444.777-35", "390.533.447-05", "987.654.321-00", "000.000.001-91"})
    void otherValidCpfsAreAcceptedIncludingCheckDigitZero(String typed) {
        assertThat(Cpf.normalize(typed)).contains(typed.replaceAll("\\D", ""));
    }

    @Test
    void aFirstCheckDigitWhoseRemainderIsTenCountsAsZero() {
        assertThat(Cpf.normalize("100.000.001-08")).contains("10000000108");
        assertThat(Cpf.normalize("100.000.001-18")).as("10 is not a digit: it must become 0").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "529.982.247-26",   // second check digit wrong
            "529.982.247-35",   // first check digit wrong
            "529.982.247-52",   // check digits swapped
            "629.982.247-25",   // a body digit changed
            "111.111.111-11",   // all the same digit: passes the arithmetic, refused anyway
            "000.000.000-00",
            "99999999999",
            "5299822472",       // ten digits
            "529982247250",     // twelve digits
            "529.982.247-2a",   // a letter
            "529/982/247-25",   // punctuation that is not a CPF's
            "cpf"})
    void anInvalidCpfIsRefused(String typed) {
        assertThat(Cpf.normalize(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", ".-"})
    void nothingTypedIsNoCpf(String typed) {
        assertThat(Cpf.normalize(typed)).isEmpty();
    }
}
