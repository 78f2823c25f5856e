package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CheckoutBundleTest {

    @Test
    void everyTextHasItsPortugueseAndItsEnglishVersion() throws IOException {
        Properties portuguese = load("checkout.properties");
        Properties english = load("checkout_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(portuguese.stringPropertyNames());
        assertThat(portuguese.stringPropertyNames()).contains("checkout.payment.card.APPROVES",
                "checkout.printer.PAPER_OUT");
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (Reader in = new InputStreamReader(CheckoutScreens.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
