package io.bilheteria.boxoffice.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.boxoffice.gate.ScanJournal.ScanRecord;
import io.bilheteria.boxoffice.gate.ScanJournal.SyncedScan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's file as a crash or a restart leaves it. */
class ScanJournalTest {
    @TempDir
    Path dir;

    @Test
    void scansAndTheirAcknowledgementsAreReadBackAfterReopening() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (ScanJournal journal = ScanJournal.open(file)) {
            journal.append(scan("a"));
            journal.append(scan("b"));
            journal.markSynced(List.of(new SyncedScan("a", CheckinResultType.ACCEPTED, Instant.EPOCH, "north-1", false)));
        }

        try (ScanJournal reopened = ScanJournal.open(file)) {
            assertThat(reopened.scans()).containsExactly(scan("a"), scan("b"));
            assertThat(reopened.unsynced()).containsExactly(scan("b"));
            assertThat(reopened.synced().get("a").firstGateId()).isEqualTo("north-1");
        }
    }

    @Test
    void aLineCutShortByACrashIsDroppedAndWritingGoesOnAfterTheLastWholeLine() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (ScanJournal journal = ScanJournal.open(file)) {
            journal.append(scan("a"));
        }
        Files.writeString(file, "{\"scan\":{\"scanId\":\"half", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (ScanJournal journal = ScanJournal.open(file)) {
            assertThat(journal.scans()).containsExactly(scan("a"));
            journal.append(scan("c"));
        }

        assertThat(Files.readAllLines(file)).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"scan\""));
        try (ScanJournal journal = ScanJournal.open(file)) {
            assertThat(journal.scans()).containsExactly(scan("a"), scan("c"));
        }
    }

    @Test
    void anUnreadableLineInTheMiddleIsSkippedWithoutLosingTheOthers() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (ScanJournal journal = ScanJournal.open(file)) {
            journal.append(scan("a"));
        }
        Files.writeString(file, "not json\n", StandardOpenOption.APPEND);
        try (ScanJournal journal = ScanJournal.open(file)) {
            journal.append(scan("b"));
        }

        try (ScanJournal journal = ScanJournal.open(file)) {
            assertThat(journal.scans()).containsExactly(scan("a"), scan("b"));
        }
    }

    private static ScanRecord scan(String id) {
        return new ScanRecord(id, "north-1", "s1", Instant.parse("2026-12-01T20:00:00Z"), "BT1.x", Verdict.Result.ACCEPTED,
                "t-" + id, "s1");
    }
}
