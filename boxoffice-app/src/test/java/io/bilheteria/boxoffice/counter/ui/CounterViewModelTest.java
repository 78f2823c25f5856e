package io.bilheteria.boxoffice.counter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.vouchers.RedeemResultType;
import io.bilheteria.boxoffice.counter.HandoverCounts;
import io.bilheteria.boxoffice.counter.VoucherConflict;
import io.bilheteria.boxoffice.counter.VoucherVerdict;
import io.bilheteria.boxoffice.counter.VoucherVerdict.Reason;
import io.bilheteria.boxoffice.gate.ui.VerdictDisplay;
import io.bilheteria.boxoffice.gate.ui.VerdictTone;
import io.bilheteria.boxoffice.offline.SyncState;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.InlineTaskExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the attendant at the concession counter sees after each voucher, and the counts, sync
 * state and conflicts around it: the counter screen's view model with a scripted counter and the
 * inline executor, no stage. The venue is in São Paulo and it is 20:30 there.
 */
class CounterViewModelTest {
    private static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");
    private static final Instant NOW = Instant.parse("2026-12-07T23:30:00Z");
    private static final Instant EARLIER_TODAY = Instant.parse("2026-12-07T23:05:00Z");

    private final ScriptedCounter counter = new ScriptedCounter();
    private final CounterViewModel model = open(Messages.PT_BR);

    private CounterViewModel open(Locale locale) {
        return new CounterViewModel(counter, new InlineTaskExecutor(),
                new Messages(locale, CounterScreen.BUNDLE, BoxOfficeWindow.BUNDLE), VENUE, Clock.fixed(NOW, VENUE));
    }

    @Test
    void theFieldSaysReadyForAVoucherBeforeTheFirstScan() {
        assertThat(model.getVerdict()).satisfies(shown -> {
            assertThat(shown.tone()).isEqualTo(VerdictTone.WAITING);
            assertThat(shown.headline()).isEqualTo("PRONTO");
            assertThat(shown.detail()).isEqualTo("Aproxime o QR code do voucher do leitor");
        });
    }

    @Test
    void aValidVoucherSaysHandOverInGreenWithTheProductBig() {
        counter.answers(handedOver("Pipoca", false));

        model.scan("BV1.popcorn");

        VerdictDisplay shown = model.getVerdict();
        assertThat(counter.scanned).containsExactly("BV1.popcorn");
        assertThat(shown.tone()).isEqualTo(VerdictTone.ACCEPTED);
        assertThat(shown.headline()).isEqualTo("ENTREGAR");
        assertThat(shown.detail()).isEqualTo("Pipoca");
        assertThat(shown.note()).isEqualTo("Entregue o produto.");
        assertThat(shown.clearsItself()).as("gives way to ready after a while").isTrue();
    }

    @Test
    void aHandOverDecidedOfflineSaysItWillBeSentLater() {
        counter.answers(handedOver("Pipoca", true));

        model.scan("BV1.popcorn");

        assertThat(model.getVerdict().headline()).isEqualTo("ENTREGAR");
        assertThat(model.getVerdict().note()).startsWith("Entregue o produto. Sem conexão: conferido pela assinatura");
    }

    @Test
    void aProductNotDownloadedYetIsHandedOverByTheNameOnTheVoucher() {
        counter.answers(handedOver(null, true));

        model.scan("BV1.new");

        assertThat(model.getVerdict().detail()).isEqualTo("Produto ainda não baixado: veja o nome no voucher");
    }

    @Test
    void aVoucherHandedOverBeforeIsRefusedInRedWithWhenAndAtWhichCounter() {
        counter.answers(verdict(RedeemResultType.ALREADY_REDEEMED, Reason.HANDED_OVER_BEFORE, "Pipoca",
                EARLIER_TODAY, "pipoca-sul"));

        model.scan("BV1.copy");

        VerdictDisplay shown = model.getVerdict();
        assertThat(shown.tone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(shown.headline()).isEqualTo("JÁ ENTREGUE");
        assertThat(shown.detail()).isEqualTo("Pipoca\nEntregue às 20:05 no balcão pipoca-sul");
        assertThat(shown.note()).isEqualTo("Não entregue. Encaminhe à bilheteria.");
    }

    @Test
    void aVoucherHandedOverOnAnotherDaySaysTheDateToo() {
        counter.answers(verdict(RedeemResultType.ALREADY_REDEEMED, Reason.HANDED_OVER_BEFORE, "Pipoca",
                Instant.parse("2026-12-05T23:05:00Z"), "pipoca-sul"));

        model.scan("BV1.copy");

        assertThat(model.getVerdict().detail()).endsWith("Entregue às sáb., 5 de dez. de 2026 20:05 no balcão pipoca-sul");
    }

    @Test
    void aRefundedOrdersVoucherIsCancelled() {
        counter.answers(verdict(RedeemResultType.REVOKED, Reason.REFUNDED, "Refrigerante", null, null));

        model.scan("BV1.refunded");

        assertThat(model.getVerdict().tone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(model.getVerdict().headline()).isEqualTo("CANCELADO");
        assertThat(model.getVerdict().detail()).isEqualTo("Refrigerante\nO pedido deste voucher foi reembolsado");
    }

    @Test
    void aForgedVoucherATicketAndAnotherBarcodeAreInvalidEachSayingWhy() {
        counter.answers(nothing(Reason.FORGED_OR_ALTERED)).answers(nothing(Reason.A_TICKET))
                .answers(nothing(Reason.NOT_A_VOUCHER));

        model.scan("BV1.forged");
        assertThat(model.getVerdict().headline()).isEqualTo("INVÁLIDO");
        assertThat(model.getVerdict().detail()).isEqualTo("Assinatura inválida: voucher falsificado ou alterado");

        model.scan("BT1.ticket");
        assertThat(model.getVerdict().detail()).isEqualTo("Este código é um ingresso: vale na portaria, não no balcão");

        model.scan("7891234567895");
        assertThat(model.getVerdict().detail()).isEqualTo("Este código não é um voucher Bilheteria");
        assertThat(model.getVerdict().tone()).isEqualTo(VerdictTone.REFUSED);
    }

    @Test
    void aScanTheCounterCouldNotRecordHandsNothingOverUntilTheNextScan() {
        counter.fails(new UncheckedIOException("disk full", new IOException("No space left on device")));

        model.scan("BV1.popcorn");

        VerdictDisplay shown = model.getVerdict();
        assertThat(shown.tone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(shown.headline()).isEqualTo("INVÁLIDO");
        assertThat(shown.detail()).startsWith("Não foi possível registrar a leitura neste computador. Nada é entregue")
                .endsWith("disk full");
        assertThat(shown.clearsItself()).as("stays until the next scan").isFalse();
    }

    @Test
    void theCountsMoveWithEachScan() {
        assertThat(model.countsTextProperty().get()).isEqualTo("Entregues 0 · Recusados 0");
        counter.answers(handedOver("Pipoca", false));
        counter.counts = new HandoverCounts(13, 2);

        model.scan("BV1.popcorn");

        assertThat(model.countsTextProperty().get()).isEqualTo("Entregues 13 · Recusados 2");
    }

    @Test
    void theSyncLineCountsTheHandOversToSendInTheSingularAndThePlural() {
        assertThat(model.syncTextProperty().get()).isEqualTo("Ainda não sincronizou");

        counter.syncState = new SyncState(false, EARLIER_TODAY, 0, null, "connection refused");
        counter.changed();
        assertThat(model.syncTextProperty().get())
                .isEqualTo("Sem conexão · nenhuma entrega a enviar · conferindo offline");

        counter.syncState = new SyncState(false, EARLIER_TODAY, 1, null, "connection refused");
        counter.changed();
        assertThat(model.syncTextProperty().get()).isEqualTo("Sem conexão · 1 entrega a enviar · conferindo offline");

        counter.syncState = new SyncState(true, EARLIER_TODAY, 3, null, null);
        counter.changed();
        assertThat(model.syncTextProperty().get()).isEqualTo("Conectado · 3 entregas a enviar");

        counter.syncState = new SyncState(true, EARLIER_TODAY, 0, null, null);
        counter.changed();
        assertThat(model.syncTextProperty().get()).isEqualTo("Sincronizado às 20:05");
    }

    @Test
    void inEnglishTheSyncLineCountsHandOversInTheSingularAndThePlural() {
        CounterViewModel english = open(Messages.ENGLISH);

        counter.syncState = new SyncState(false, EARLIER_TODAY, 1, null, "connection refused");
        counter.changed();
        assertThat(english.syncTextProperty().get()).isEqualTo("Offline · 1 hand-over to send · checking offline");

        counter.syncState = new SyncState(true, EARLIER_TODAY, 2, null, null);
        counter.changed();
        assertThat(english.syncTextProperty().get()).isEqualTo("Online · 2 hand-overs to send");
    }

    @Test
    void inEnglishAValidVoucherSaysHandOverWithTheProduct() {
        CounterViewModel english = open(Messages.ENGLISH);
        counter.answers(handedOver("Pipoca", false));

        english.scan("BV1.popcorn");

        assertThat(english.getVerdict().headline()).isEqualTo("HAND OVER");
        assertThat(english.getVerdict().detail()).isEqualTo("Pipoca");
        assertThat(english.countsTextProperty().get()).isEqualTo("Handed over 0 · Refused 0");
    }

    @Test
    void conflictsAreCountedAndListedWithTheProductAndWhereItWentFirst() {
        assertThat(model.conflictsSummaryProperty().get()).isEqualTo("Nenhum conflito");

        counter.conflicts = List.of(new VoucherConflict(VoucherConflict.Kind.HANDED_OVER_ELSEWHERE_FIRST, "scan-1",
                "voucher-1", "Pipoca", EARLIER_TODAY, Instant.parse("2026-12-07T23:01:00Z"), "pipoca-sul"),
                new VoucherConflict(VoucherConflict.Kind.REVOKED, "scan-2", "voucher-2", "Refrigerante",
                        EARLIER_TODAY, null, null));
        counter.changed();

        assertThat(model.anyConflictsProperty().get()).isTrue();
        assertThat(model.conflictsSummaryProperty().get()).isEqualTo("2 conflitos · F7 para ver");
        assertThat(model.conflictLines()).containsExactly(
                "Pipoca: entregue aqui às 20:05, mas já tinha sido entregue às 20:01 no balcão pipoca-sul",
                "Refrigerante: entregue aqui às 20:05, mas o pedido já tinha sido reembolsado");
        model.toggleConflictList();
        assertThat(model.conflictListShownProperty().get()).as("F7 shows the list").isTrue();
    }

    @Test
    void f9AsksTheCounterToSyncNowAndClosingClosesIt() {
        model.syncNow();
        model.close();

        assertThat(counter.syncsAsked).isEqualTo(1);
        assertThat(counter.closed).isTrue();
    }

    private static VoucherVerdict handedOver(String product, boolean offline) {
        return new VoucherVerdict(RedeemResultType.REDEEMED, Reason.HANDED_OVER, "scan-1", NOW, "voucher-1", product,
                NOW, "pipoca-1", offline);
    }

    private static VoucherVerdict verdict(RedeemResultType result, Reason reason, String product, Instant firstAt,
                                          String firstCounter) {
        return new VoucherVerdict(result, reason, "scan-1", NOW, "voucher-1", product, firstAt, firstCounter, false);
    }

    private static VoucherVerdict nothing(Reason reason) {
        return new VoucherVerdict(RedeemResultType.INVALID, reason, "scan-1", NOW, null, null, null, null, true);
    }
}
