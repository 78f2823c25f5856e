package io.bilheteria.boxoffice.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.reports.SalesTotals;
import io.bilheteria.boxoffice.testing.ClassBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin's totals without a stage: read inline from the real backend. */
class TotalsViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();

    @Test
    void theTotalsAcrossPartnersWithTheBiggestSellerFirstAndAPartnerWithoutSales() {
        backend.get().sell(backend.get().theatreSessions().get(0), 2);
        backend.get().as("admin").createPartner(new PartnerDraft("Sem Vendas", null, null));
        AdminDesk desk = new AdminDesk(backend.get());
        TotalsViewModel totals = new TotalsViewModel(desk.messages, desk.console, desk.tasks);
        assertThat(totals.ticketsProperty().get()).as("not loaded yet").isEqualTo("—");

        totals.reload();

        SalesTotals all = backend.get().as("admin").platformReport().totals();
        assertThat(totals.ticketsProperty().get()).isEqualTo("2");
        assertThat(totals.grossProperty().get()).isEqualTo(totals.money(all.grossCents())).isNotEqualTo(totals.money(0));
        assertThat(totals.feesProperty().get()).isEqualTo(totals.money(all.platformFeeCents()));
        assertThat(totals.netProperty().get()).isEqualTo(totals.money(all.partnerNetCents()));
        assertThat(totals.partners()).filteredOn(p -> p.name().equals("Sem Vendas")).singleElement()
                .extracting(p -> p.totals().grossCents()).isEqualTo(0L);
        assertThat(totals.partners().get(0).totals().grossCents()).isEqualTo(all.grossCents());
    }

    @Test
    void aBackendOutOfReachIsSaidOnTheTabsLine() {
        AdminDesk desk = new AdminDesk(backend.get());
        TotalsViewModel totals = new TotalsViewModel(desk.messages, desk.console, desk.tasks);
        backend.get().stop();
        try {
            totals.reload();
        } finally {
            backend.get().restart();
        }

        assertThat(totals.messageProperty().get()).isEqualTo(desk.messages.get("common.offline"));
        totals.reload();
        assertThat(totals.messageProperty().get()).isEmpty();
    }
}
