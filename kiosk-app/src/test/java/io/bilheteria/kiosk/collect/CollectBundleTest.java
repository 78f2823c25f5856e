package io.bilheteria.kiosk.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.ui.i18n.Messages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CollectBundleTest {

    @Test
    void everyTextHasItsPortugueseAndItsEnglishVersion() throws IOException {
        assertThat(keys("collect_en.properties").stringPropertyNames())
                .isEqualTo(keys("collect.properties").stringPropertyNames());
    }

    @Test
    void theTicketsPrintedAreCountedInWords() {
        Messages portuguese = new Messages(Messages.PT_BR, CollectScreens.BUNDLE);
        Messages english = new Messages(Messages.ENGLISH, CollectScreens.BUNDLE);

        assertThat(portuguese.get("collect.done.printed", 1, "ANA567")).startsWith("Seu ingresso foi impresso");
        assertThat(portuguese.get("collect.done.printed", 2, "ANA234")).startsWith("Seus 2 ingressos foram impressos");
        assertThat(english.get("collect.scan.notAnOrder")).startsWith("This QR code is not an order's.");
    }

    private static Properties keys(String name) throws IOException {
        Properties texts = new Properties();
        try (Reader in = new InputStreamReader(CollectScreens.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
