package io.bilheteria.boxoffice.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.boxoffice.storage.DurableFiles;
import io.bilheteria.boxoffice.storage.LocalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate's durable record of every scan and of what the backend answered to it: an
 * append-only file of JSON lines, forced to disk before a verdict is shown, so a gate that
 * loses power or is restarted mid-shift still knows whom it let in and still sends those
 * scans. A plain file rather than an embedded database: one append and one fsync per scan
 * is the least a durable record can cost (about 0.3 ms here), the file needs no schema or
 * migration, and support can read it with any text tool. A line cut short by a crash is
 * dropped on opening; it was never acknowledged to anyone.
 *
 * <p>The file is locked while open: two gate processes on one data directory would
 * interleave their lines. Thread-safe.
 */
public final class ScanJournal implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScanJournal.class);
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final List<ScanRecord> scans = new ArrayList<>();
    private final Map<String, SyncedScan> synced = new HashMap<>();

    /** One scan as the gate decided it. {@code shift} names the session choice it was made under. */
    public record ScanRecord(String scanId, String gateId, String shift, Instant scannedAt, String text,
                             Verdict.Result result, String ticketId, String sessionId) {
    }

    /** The backend's answer to a scan, once it was sent. */
    public record SyncedScan(String scanId, CheckinResultType result, Instant firstScanAt, String firstGateId,
                             boolean conflict) {
    }

    /** A line of the file: exactly one of the two. */
    record Line(ScanRecord scan, SyncedScan synced) {
    }

    private ScanJournal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the journal and reads it back.
     *
     * @throws IOException when the file cannot be read or written, or another gate process has it open
     */
    public static ScanJournal open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new IOException("The gate's journal " + file + " is in use by another gate");
            }
            ScanJournal journal = new ScanJournal(file, channel, lock);
            journal.load();
            return journal;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void load() throws IOException {
        long size = channel.size();
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(size));
        while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
            // read until full
        }
        String text = new String(all.array(), StandardCharsets.UTF_8);
        int lastNewline = text.lastIndexOf('\n');
        long complete = text.substring(0, lastNewline + 1).getBytes(StandardCharsets.UTF_8).length;
        if (complete < size) {
            log.warn("dropping an incomplete last line of {} ({} bytes): the gate stopped while writing it", file,
                    size - complete);
            channel.truncate(complete);
            channel.force(true);
        }
        int lineNo = 0;
        for (String line : text.substring(0, lastNewline + 1).split("\n")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                apply(LocalJson.MAPPER.readValue(line, Line.class));
            } catch (JsonProcessingException e) {
                log.warn("skipping unreadable line {} of {}: {}", lineNo, file, e.getOriginalMessage());
            }
        }
        channel.position(channel.size());
    }

    private void apply(Line line) {
        if (line.scan() != null) {
            scans.add(line.scan());
        }
        if (line.synced() != null) {
            synced.put(line.synced().scanId(), line.synced());
        }
    }

    /** Records a scan durably; returns once it is on disk. */
    public synchronized void append(ScanRecord scan) {
        write(List.of(new Line(scan, null)));
        scans.add(scan);
    }

    /** Records the backend's answers durably, so those scans are not sent again after a restart. */
    public synchronized void markSynced(Collection<SyncedScan> answers) {
        if (answers.isEmpty()) {
            return;
        }
        write(answers.stream().map(a -> new Line(null, a)).toList());
        answers.forEach(a -> synced.put(a.scanId(), a));
    }

    public synchronized List<ScanRecord> scans() {
        return List.copyOf(scans);
    }

    /** Scans the backend has not acknowledged yet, oldest first. */
    public synchronized List<ScanRecord> unsynced() {
        return scans.stream().filter(s -> !synced.containsKey(s.scanId())).toList();
    }

    public synchronized int unsyncedCount() {
        return (int) scans.stream().filter(s -> !synced.containsKey(s.scanId())).count();
    }

    public synchronized Map<String, SyncedScan> synced() {
        return Map.copyOf(synced);
    }

    private void write(List<Line> lines) {
        try {
            DurableFiles.write(channel, LocalJson.lines(lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gate's journal " + file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
