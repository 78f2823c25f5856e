package io.bilheteria.boxoffice.partner;

import static io.bilheteria.boxoffice.partner.PartnerDesk.THEATRE;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.reports.SalesBucket;
import io.bilheteria.boxoffice.testing.ClassBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The sales tab's decisions without a stage: the theatre's sales read inline from the real backend. */
class SalesViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();
    @TempDir
    Path home;
    private PartnerDesk desk;
    private SalesViewModel sales;

    @BeforeAll
    static void sell() {
        List<String> sessions = backend.get().theatreSessions();
        backend.get().sell(sessions.get(0), 2);
        backend.get().sell(sessions.get(1), 1);
    }

    @BeforeEach
    void open() {
        desk = new PartnerDesk(backend.get());
        sales = new SalesViewModel(desk.partner, desk.calls, desk.message, PartnerDesk.VENUE, home);
    }

    @Test
    void theReportIsReadOnlyOnceTheTabIsInView() {
        sales.show(desk.event(THEATRE));
        assertThat(sales.ticketsProperty().get()).isEqualTo("0");
        assertThat(sales.noSalesProperty().get()).isTrue();

        sales.inViewProperty().set(true);

        assertThat(sales.ticketsProperty().get()).isEqualTo("3");
        assertThat(normal(sales.grossProperty().get())).isEqualTo("R$ 240,00");
        assertThat(sales.bars()).extracting(SalesViewModel.Bar::gross).containsExactly(240.0);
        assertThat(sales.noSalesProperty().get()).isFalse();
        assertThat(sales.bySession()).hasSize(4);
        assertThat(desk.said()).startsWith("Relatório atualizado: 3 ingresso(s)");
    }

    @Test
    void oneSessionsReportByHour() {
        EventSummary theatre = desk.event(THEATRE);
        sales.inViewProperty().set(true);
        sales.show(theatre);
        assertThat(sales.sessions()).as("the whole event, then each session").hasSize(theatre.sessions().size() + 1);

        sales.sessionProperty().set(sales.sessions().get(1));
        sales.bucketProperty().set(SalesBucket.HOUR);

        assertThat(sales.ticketsProperty().get()).isEqualTo("2");
        assertThat(sales.bars()).singleElement().extracting(SalesViewModel.Bar::at).asString().endsWith("h");
        assertThat(sales.sessionName(null)).isEqualTo("Todas as sessões");
    }

    @Test
    void theReportIsExportedAsCsvWhereTheFileNameSuggests() throws IOException {
        sales.show(desk.event(THEATRE));
        assertThat(Path.of(sales.csvPathProperty().get()))
                .isEqualTo(home.resolve("vendas-o-auto-da-compadecida.csv"));

        sales.export();

        assertThat(desk.said()).startsWith("Relatório exportado para");
        List<String> lines = Files.readAllLines(home.resolve("vendas-o-auto-da-compadecida.csv"));
        assertThat(lines.get(0)).startsWith("kind,sessionId,start,ticketsSold");
        assertThat(lines.get(1)).startsWith("TOTAL,,,3,2,24000,");
    }

    @Test
    void aPathThatCannotBeWrittenOrNoneIsSaid() {
        sales.show(desk.event(THEATRE));
        sales.csvPathProperty().set(" ");
        sales.export();
        assertThat(desk.said()).isEqualTo("Escolha onde salvar o arquivo primeiro.");

        sales.csvPathProperty().set(home.resolve("no-such-folder").resolve("vendas.csv").toString());
        sales.export();

        assertThat(desk.said()).startsWith("O arquivo não foi gravado");
        assertThat(desk.message.retryProperty().get()).as("the partner changes the path").isNull();
    }

    private static String normal(String text) {
        return text.replace('\u00A0', ' ');
    }
}
