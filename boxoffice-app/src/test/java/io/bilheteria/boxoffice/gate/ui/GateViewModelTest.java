package io.bilheteria.boxoffice.gate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.boxoffice.gate.Conflict;
import io.bilheteria.boxoffice.gate.GateCounters;
import io.bilheteria.boxoffice.gate.Verdict;
import io.bilheteria.boxoffice.gate.Verdict.Reason;
import io.bilheteria.boxoffice.gate.Verdict.Result;
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
 * What the person at the gate sees after each scan, and the counters, sync state and conflicts
 * above and below it: the gate screen's view model with a scripted gate and the inline
 * executor, no stage. The venue is in São Paulo and it is 20:30 there.
 */
class GateViewModelTest {
    private static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");
    private static final Instant NOW = Instant.parse("2026-12-07T23:30:00Z");
    private static final Instant EARLIER_TODAY = Instant.parse("2026-12-07T23:05:00Z");

    private final ScriptedGate gate = new ScriptedGate();
    private final GateViewModel model = open(Messages.PT_BR);

    private GateViewModel open(Locale locale) {
        return new GateViewModel(gate, new InlineTaskExecutor(), new Messages(locale, BoxOfficeWindow.BUNDLE), VENUE,
                Clock.fixed(NOW, VENUE));
    }

    @Test
    void theFieldSaysReadyBeforeTheFirstScan() {
        assertThat(model.getVerdict()).satisfies(shown -> {
            assertThat(shown.tone()).isEqualTo(VerdictTone.WAITING);
            assertThat(shown.headline()).isEqualTo("PRONTO");
            assertThat(shown.detail()).isEqualTo("Aproxime o QR code do leitor");
        });
    }

    @Test
    void aValidTicketIsAcceptedInGreenWithItsSeat() {
        gate.answers(verdict(Result.ACCEPTED, Reason.ADMITTED));

        model.scan("BT1.ticket");

        VerdictDisplay shown = model.getVerdict();
        assertThat(gate.scanned).containsExactly("BT1.ticket");
        assertThat(shown.tone()).isEqualTo(VerdictTone.ACCEPTED);
        assertThat(shown.headline()).isEqualTo("ACEITO");
        assertThat(shown.detail()).isEqualTo("Plateia · fileira C · lugar 12");
        assertThat(shown.note()).isEqualTo("Pode entrar.");
        assertThat(shown.clearsItself()).as("gives way to ready after a while").isTrue();
    }

    @Test
    void aHalfPriceTicketIsAcceptedOnlyWithTheHoldersDocument() {
        gate.answers(halfPrice(verdict(Result.ACCEPTED, Reason.ADMITTED)));

        model.scan("BT1.half");

        assertThat(model.getVerdict().headline()).isEqualTo("ACEITO");
        assertThat(model.getVerdict().note()).isEqualTo("MEIA-ENTRADA: confira o documento antes de deixar entrar.");
    }

    @Test
    void aTicketNotYetDownloadedIsAcceptedOnItsSignatureAlone() {
        gate.answers(new Verdict(Result.ACCEPTED, Reason.ADMITTED, "scan-1", NOW, "ticket-1", "session-1", "seat-1",
                null, null, null, null, null, false, null));

        model.scan("BT1.new");

        assertThat(model.getVerdict().detail()).isEqualTo("Lugar ainda não baixado (assinatura conferida)");
    }

    @Test
    void aTicketUsedBeforeIsRefusedInRedWithWhenAndAtWhichGate() {
        gate.answers(used(EARLIER_TODAY, "sul-2"));

        model.scan("BT1.copy");

        VerdictDisplay shown = model.getVerdict();
        assertThat(shown.tone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(shown.headline()).isEqualTo("JÁ USADO");
        assertThat(shown.detail()).contains("Entrou às 20:05 pela portaria sul-2");
        assertThat(shown.note()).isEqualTo("Não deixe entrar. Encaminhe à bilheteria.");
    }

    @Test
    void aTicketUsedBeforeShowsItsSeatAsWhenItWasAccepted() {
        gate.answers(verdict(Result.ACCEPTED, Reason.ADMITTED)).answers(used(EARLIER_TODAY, "norte-1"));
        model.scan("BT1.ticket");
        String seat = model.getVerdict().detail();

        model.scan("BT1.ticket");

        assertThat(model.getVerdict().headline()).isEqualTo("JÁ USADO");
        assertThat(model.getVerdict().detail()).isEqualTo(seat + "\nEntrou às 20:05 pela portaria norte-1");
    }

    @Test
    void aTicketUsedOnAnotherDaySaysTheDateToo() {
        gate.answers(used(Instant.parse("2026-12-05T23:05:00Z"), "sul-2"));

        model.scan("BT1.copy");

        assertThat(model.getVerdict().detail()).contains("Entrou às sáb., 5 de dez. de 2026 20:05 pela portaria sul-2");
    }

    @Test
    void aRefundedTicketSaysTheTicketWasRefundedNotThatItsOrderWasCancelled() {
        gate.answers(verdict(Result.REVOKED, Reason.REFUNDED));

        model.scan("BT1.refunded");

        assertThat(model.getVerdict().tone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(model.getVerdict().headline()).isEqualTo("CANCELADO");
        assertThat(model.getVerdict().detail()).isEqualTo("Este ingresso foi reembolsado");
    }

    @Test
    void aTicketAdmittedOfflineThatTurnsOutRefundedIsAConflictThatSaysSo() {
        gate.conflicts = List.of(new Conflict(Conflict.Kind.REVOKED, "scan-9", "ticket-9", EARLIER_TODAY, "Plateia",
                "C", 12, null, null));
        gate.changed();

        assertThat(model.conflictLines()).singleElement().asString()
                .endsWith(": admitido às 20:05, mas o ingresso já tinha sido reembolsado ou reimpresso");
    }

    @Test
    void anOldPrintoutIsRefusedAsReprinted() {
        gate.answers(verdict(Result.REVOKED, Reason.OLD_PRINTOUT));

        model.scan("BT1.old");

        assertThat(model.getVerdict().headline()).isEqualTo("CANCELADO");
        assertThat(model.getVerdict().detail()).isEqualTo("Via antiga: este ingresso foi reimpresso depois");
    }

    @Test
    void aTicketForAnotherSessionSaysWhenToComeBack() {
        Instant tomorrow = Instant.parse("2026-12-08T23:00:00Z");
        gate.answers(new Verdict(Result.WRONG_SESSION, Reason.OTHER_SESSION, "scan-1", NOW, "ticket-1", "session-2",
                "seat-1", "Plateia", "C", 12, null, null, false, tomorrow));

        model.scan("BT1.tomorrow");

        assertThat(model.getVerdict().tone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(model.getVerdict().headline()).isEqualTo("OUTRA SESSÃO");
        assertThat(model.getVerdict().detail()).isEqualTo("Ingresso de outra sessão: ter., 8 de dez. de 2026 20:00");
    }

    @Test
    void aForgedTicketAndAnotherBarcodeAreInvalid() {
        gate.answers(nothing(Reason.FORGED_OR_ALTERED)).answers(nothing(Reason.NOT_A_TICKET));

        model.scan("BT1.forged");
        assertThat(model.getVerdict().headline()).isEqualTo("INVÁLIDO");
        assertThat(model.getVerdict().detail()).isEqualTo("Assinatura inválida: ingresso falsificado ou alterado");

        model.scan("7891234567895");
        assertThat(model.getVerdict().detail()).isEqualTo("Este código não é um ingresso Bilheteria");
        assertThat(model.getVerdict().tone()).isEqualTo(VerdictTone.REFUSED);
    }

    @Test
    void aScanTheGateCouldNotRecordLetsNobodyInUntilTheNextScan() {
        gate.fails(new UncheckedIOException("disk full", new IOException("No space left on device")));

        model.scan("BT1.ticket");

        VerdictDisplay shown = model.getVerdict();
        assertThat(shown.tone()).isEqualTo(VerdictTone.REFUSED);
        assertThat(shown.headline()).isEqualTo("INVÁLIDO");
        assertThat(shown.detail()).startsWith("Não foi possível registrar a leitura neste computador. Ninguém entra")
                .endsWith("disk full");
        assertThat(shown.clearsItself()).as("stays until the next scan").isFalse();
    }

    @Test
    void theSameVerdictTwiceInARowIsShownTwice() {
        gate.answers(used(EARLIER_TODAY, "sul-2")).answers(used(EARLIER_TODAY, "sul-2"));

        model.scan("BT1.copy");
        VerdictDisplay first = model.getVerdict();
        model.scan("BT1.copy");

        assertThat(model.getVerdict()).as("a new display, so a second buzz").isNotEqualTo(first);
        assertThat(model.getVerdict().detail()).isEqualTo(first.detail());
    }

    @Test
    void onceTheVerdictHasBeenSeenTheFieldSaysReadyAgain() {
        gate.answers(verdict(Result.ACCEPTED, Reason.ADMITTED));
        model.scan("BT1.ticket");

        model.readyForNext();

        assertThat(model.getVerdict().tone()).isEqualTo(VerdictTone.WAITING);
        assertThat(model.getVerdict().headline()).isEqualTo("PRONTO");
    }

    @Test
    void theCountersMoveWithEachScan() {
        assertThat(model.countersTextProperty().get()).isEqualTo("Admitidos 0 · Recusados 0 · Faltam 0");
        gate.answers(verdict(Result.ACCEPTED, Reason.ADMITTED));
        gate.counts = new GateCounters(1, 0, 41);

        model.scan("BT1.ticket");

        assertThat(model.countersTextProperty().get()).isEqualTo("Admitidos 1 · Recusados 0 · Faltam 41");
    }

    @Test
    void theSyncLineSaysWhetherTheGateIsOnlineAndWhatItStillHasToSend() {
        assertThat(model.syncTextProperty().get()).isEqualTo("Ainda não sincronizou");

        gate.syncState = new SyncState(true, EARLIER_TODAY, 0, null, null);
        gate.changed();
        assertThat(model.syncTextProperty().get()).isEqualTo("Sincronizado às 20:05");

        gate.syncState = new SyncState(true, EARLIER_TODAY, 3, null, null);
        gate.changed();
        assertThat(model.syncTextProperty().get()).isEqualTo("Conectado · 3 leituras a enviar");

        gate.syncState = new SyncState(false, EARLIER_TODAY, 3, null, "connection refused");
        gate.changed();
        assertThat(model.syncTextProperty().get())
                .isEqualTo("Sem conexão · 3 leituras guardadas neste computador · conferindo offline");
    }

    @Test
    void f9AsksTheGateToSyncNow() {
        model.syncNow();

        assertThat(gate.syncsAsked).isEqualTo(1);
    }

    @Test
    void conflictsAreCountedAndListedWithTheSeatAndWhatHappened() {
        assertThat(model.conflictsSummaryProperty().get()).isEqualTo("Nenhum conflito");
        assertThat(model.anyConflictsProperty().get()).isFalse();

        gate.conflicts = List.of(conflict());
        gate.changed();

        assertThat(model.anyConflictsProperty().get()).isTrue();
        assertThat(model.conflictLines()).containsExactly(
                "Plateia · fileira C · lugar 12: admitido aqui às 20:05, mas já tinha entrado às 20:01 pela portaria sul-2");
        assertThat(model.conflictListShownProperty().get()).isFalse();
        model.toggleConflictList();
        assertThat(model.conflictListShownProperty().get()).as("F7 shows the list").isTrue();
        model.toggleConflictList();
        assertThat(model.conflictListShownProperty().get()).as("and F7 again hides it").isFalse();
    }

    @Test
    void theLastEightVerdictsAreKeptNewestFirst() {
        for (int i = 0; i < 10; i++) {
            gate.answers(nothing(Reason.NOT_A_TICKET));
            model.scan("code " + i);
        }
        gate.answers(verdict(Result.ACCEPTED, Reason.ADMITTED));
        model.scan("BT1.ticket");

        assertThat(model.recent()).hasSize(8);
        assertThat(model.recent().get(0).result()).isEqualTo(Result.ACCEPTED);
    }

    @Test
    void oneScanToSendIsSaidInTheSingular() {
        gate.syncState = new SyncState(true, EARLIER_TODAY, 1, null, null);
        gate.changed();
        assertThat(model.syncTextProperty().get()).isEqualTo("Conectado · 1 leitura a enviar");

        gate.syncState = new SyncState(false, EARLIER_TODAY, 1, null, "connection refused");
        gate.changed();
        assertThat(model.syncTextProperty().get())
                .isEqualTo("Sem conexão · 1 leitura guardada neste computador · conferindo offline");

        gate.syncState = new SyncState(false, null, 0, null, "connection refused");
        gate.changed();
        assertThat(model.syncTextProperty().get())
                .isEqualTo("Sem conexão · nenhuma leitura guardada neste computador · conferindo offline");
    }

    @Test
    void inEnglishToo() {
        GateViewModel english = open(Locale.ENGLISH);

        gate.syncState = new SyncState(true, EARLIER_TODAY, 1, null, null);
        gate.changed();
        assertThat(english.syncTextProperty().get()).isEqualTo("Online · 1 scan to send");
        gate.syncState = new SyncState(false, EARLIER_TODAY, 2, null, "connection refused");
        gate.changed();
        assertThat(english.syncTextProperty().get()).isEqualTo("Offline · 2 scans kept on this computer · checking offline");
        gate.conflicts = List.of(conflict());
        gate.changed();
        assertThat(english.conflictsSummaryProperty().get()).isEqualTo("1 conflict · F7 to see");
    }

    @Test
    void oneConflictIsSaidInTheSingularAndTwoInThePlural() {
        gate.conflicts = List.of(conflict());
        gate.changed();
        assertThat(model.conflictsSummaryProperty().get()).isEqualTo("1 conflito · F7 para ver");

        gate.conflicts = List.of(conflict(), conflict());
        gate.changed();
        assertThat(model.conflictsSummaryProperty().get()).isEqualTo("2 conflitos · F7 para ver");
    }

    @Test
    void aClosedGateIsNotAskedAnyMore() {
        model.close();

        model.scan("BT1.ticket");
        gate.changed();

        assertThat(gate.closed).isTrue();
        assertThat(gate.scanned).isEmpty();
        assertThat(model.getVerdict().headline()).isEqualTo("PRONTO");
    }

    /** A ticket admitted here at 20:05 that gate sul-2 had admitted at 20:01, both offline. */
    private static Conflict conflict() {
        return new Conflict(Conflict.Kind.ADMITTED_ELSEWHERE_FIRST, "scan-9", "ticket-9", EARLIER_TODAY, "Plateia", "C",
                12, Instant.parse("2026-12-07T23:01:00Z"), "sul-2");
    }

    private static Verdict verdict(Result result, Reason reason) {
        return new Verdict(result, reason, "scan-1", NOW, "ticket-1", "session-1", "seat-1", "Plateia", "C", 12, null,
                null, false, null);
    }

    private static Verdict halfPrice(Verdict v) {
        return new Verdict(v.result(), v.reason(), v.scanId(), v.scannedAt(), v.ticketId(), v.sessionId(), v.seatId(),
                v.sectionName(), v.row(), v.seatNumber(), v.firstScanAt(), v.firstGateId(), true, v.sessionStartsAt());
    }

    private static Verdict used(Instant firstScanAt, String firstGateId) {
        return new Verdict(Result.ALREADY_USED, Reason.USED, "scan-2", NOW, "ticket-1", "session-1", "seat-1",
                "Plateia", "C", 12, firstScanAt, firstGateId, false, null);
    }

    /** A scan that is no ticket of ours: nothing is known of it. */
    private static Verdict nothing(Reason reason) {
        return new Verdict(Result.INVALID, reason, "scan-3", NOW, null, null, null, null, null, null, null, null, false,
                null);
    }
}
