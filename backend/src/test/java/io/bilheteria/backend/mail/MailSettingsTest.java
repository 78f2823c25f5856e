package io.bilheteria.backend.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSettingsTest {

    @Test
    void withoutAHostAnywhereMailGoesToFiles() {
        assertThat(MailSettings.resolve(Optional.empty(), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void aFlagWinsOverTheEnvironmentAndTheEnvironmentOverTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mail.properties");
        Files.writeString(file, "smtp.host=file.example\nsmtp.port=2525\nsmtp.user=box\nsmtp.password=from-file\n"
                + "mail.from=Teatro <ingressos@teatro.example>\n");
        MailSettings settings = MailSettings.resolve(Optional.of(file),
                Map.of("BILHETERIA_SMTP_HOST", "env.example", "BILHETERIA_SMTP_PASSWORD", "from-env"),
                Map.of(MailSettings.PORT, "465", MailSettings.SECURITY, "ssl")).orElseThrow();

        assertThat(settings.host()).isEqualTo("env.example");
        assertThat(settings.port()).isEqualTo(465);
        assertThat(settings.security()).isEqualTo(MailSettings.Security.SSL);
        assertThat(settings.user()).isEqualTo("box");
        assertThat(settings.password()).isEqualTo("from-env");
        assertThat(settings.from()).isEqualTo("Teatro <ingressos@teatro.example>");
        assertThat(settings.toString()).as("the log never shows the password").doesNotContain("from-env");
    }

    @Test
    void starttlsOnTheSubmissionPortUnlessToldOtherwise() {
        MailSettings settings = MailSettings.resolve(Optional.empty(), Map.of("BILHETERIA_SMTP_HOST", "smtp.example"),
                Map.of()).orElseThrow();
        assertThat(settings.security()).isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(settings.port()).isEqualTo(587);
    }

    @Test
    void aMistypedSettingIsNamed() {
        assertThatThrownBy(() -> MailSettings.resolve(Optional.empty(), Map.of(),
                Map.of(MailSettings.HOST, "smtp.example", MailSettings.SECURITY, "tls")))
                .hasMessageContaining("none, starttls or ssl").hasMessageContaining("tls");
        assertThatThrownBy(() -> MailSettings.resolve(Optional.empty(), Map.of(),
                Map.of(MailSettings.HOST, "smtp.example", MailSettings.USER, "box")))
                .hasMessageContaining("needs a password");
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToAnHour() {
        assertThat(MailSender.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailSender.waitAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailSender.waitAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(MailSender.waitAfter(9)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSender.waitAfter(40)).isEqualTo(Duration.ofHours(1));
    }
}
