package io.bilheteria.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.ui.format.Money;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MessagesTest {

    private static final String SAMPLE_APP_BUNDLE = "io.bilheteria.ui.i18n.sample";

    private final Messages messages = new Messages(Messages.PT_BR, SAMPLE_APP_BUNDLE);
    // made in start(): the toolkit is not up yet when JUnit makes this test's instance
    private Label cancel;
    private Label price;

    @Start
    void start(Stage stage) {
        cancel = new Label();
        price = new Label();
        cancel.textProperty().bind(messages.text("common.cancel"));
        price.textProperty().bind(messages.localized(locale -> Money.format(4500, "BRL", locale)));
        stage.setScene(new Scene(new VBox(cancel, price)));
        stage.show();
    }

    @Test
    void switchingToEnglishUpdatesBoundLabelsAtOnce(FxRobot robot) {
        assertThat(cancel.getText()).isEqualTo("Cancelar");
        assertThat(price.getText()).isEqualTo("R$\u00A045,00");

        robot.interact(() -> messages.setLocale(Messages.ENGLISH));

        assertThat(cancel.getText()).isEqualTo("Cancel");
        assertThat(price.getText()).isEqualTo("R$45.00");
    }

    @Test
    void textsAreReadAsUtf8() {
        assertThat(messages.get("common.no")).isEqualTo("Não");
        assertThat(messages.get("idle.stillThere")).isEqualTo("Você ainda está aí?");
    }

    @Test
    void theAppsBundleAddsTextsAndOverridesSharedOnes() {
        assertThat(messages.get("sample.welcome")).isEqualTo("Bem-vindo!");
        assertThat(messages.get("common.ok")).isEqualTo("Confirmar");
        assertThat(new Messages(Messages.PT_BR).get("common.ok")).isEqualTo("OK");
    }

    @Test
    void aTextFollowsObservableArgumentsAndFormatsThemForTheLocale(FxRobot robot) {
        SimpleIntegerProperty seats = new SimpleIntegerProperty(1);
        var text = messages.text("sample.seats", seats);
        assertThat(text.get()).isEqualTo("1 lugar");

        seats.set(1200);
        assertThat(text.get()).isEqualTo("1.200 lugares");

        robot.interact(() -> messages.setLocale(Messages.ENGLISH));
        assertThat(text.get()).isEqualTo("1,200 seats");
    }

    @Test
    void plainArgumentsAreFilledIn() {
        assertThat(messages.get("sample.greeting", "Ana")).isEqualTo("Olá, Ana!");
        assertThat(messages.localized(locale -> locale.getLanguage(), new SimpleLongProperty()).get()).isEqualTo("pt");
    }

    @Test
    void aLocaleWithoutTranslationsShowsPortugueseWhateverTheMachineLocale(FxRobot robot) {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            robot.interact(() -> messages.setLocale(Locale.FRENCH));
            assertThat(messages.get("common.cancel")).isEqualTo("Cancelar");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void aMissingKeyFailsWhereTheTextIsAskedFor() {
        assertThatThrownBy(() -> messages.text("no.such.key")).isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> messages.get("no.such.key")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void everySharedTextIsTranslatedToEnglish() throws IOException {
        Properties portuguese = load("common.properties");
        Properties english = load("common_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(portuguese.stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
