package io.bilheteria.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.problems.Problem;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.ui.i18n.Messages;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What the person at the screen reads when a call fails, in pt-BR (the default) and English. */
class FailureMessagesTest {
    private final Messages messages = new Messages(Messages.PT_BR);
    private final FailureMessages failures = new FailureMessages(messages);

    @Test
    void anUnreachableBackendIsSaidSo() {
        BackendUnavailableException down = new BackendUnavailableException(new IOException("Connection refused"));

        assertThat(failures.of(down)).isEqualTo("Sem conexão com o servidor. Tente de novo em instantes.");
        messages.setLocale(Messages.ENGLISH);
        assertThat(failures.of(down)).isEqualTo("No connection to the server. Try again in a moment.");
    }

    @Test
    void aRefusalGivesTheBackendsReason() {
        ApiException soldSeats = ApiException.of(409, problem(409, "Layout locked", "1 seats are sold"));

        assertThat(failures.of(soldSeats)).isEqualTo("O servidor recusou: 1 seats are sold");
        messages.setLocale(Messages.ENGLISH);
        assertThat(failures.of(soldSeats)).isEqualTo("The server refused: 1 seats are sold");
    }

    @Test
    void aRefusalWithoutDetailGivesItsTitle() {
        ApiException forbidden = ApiException.of(403, problem(403, "Forbidden", null));

        assertThat(failures.of(forbidden)).isEqualTo("O servidor recusou: Forbidden");
    }

    @Test
    void ourOwnSentencesAreShownAsWritten() {
        assertThat(failures.of(new IllegalArgumentException("A taxa é um percentual de 0 a 100.")))
                .isEqualTo("A taxa é um percentual de 0 a 100.");
        assertThat(failures.of(new IllegalStateException("Abra o caixa antes de vender.")))
                .isEqualTo("Abra o caixa antes de vender.");
    }

    @Test
    void anythingElseIsAPlainTryAgainWithoutItsInsides() {
        String bug = failures.of(new NullPointerException("Cannot invoke \"Hold.id()\" because \"hold\" is null"));
        String serverFault = failures.of(ApiException.of(500, problem(500, "Internal error", "java.lang.Oops at x.y")));
        String blankSentence = failures.of(new IllegalStateException());

        assertThat(bug).isEqualTo("Algo deu errado. Tente novamente.");
        assertThat(serverFault).isEqualTo(bug);
        assertThat(blankSentence).isEqualTo(bug);
        messages.setLocale(Messages.ENGLISH);
        assertThat(failures.of(new RuntimeException("boom"))).isEqualTo("Something went wrong. Please try again.");
    }

    static Problem problem(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }
}
