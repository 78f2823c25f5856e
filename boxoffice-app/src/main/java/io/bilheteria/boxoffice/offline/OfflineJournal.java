package io.bilheteria.boxoffice.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A station's durable record of what it decided by itself and of what the backend answered
 * once it was told: an append-only file of JSON lines, forced to disk before a decision is
 * shown, so a gate or a concession counter that loses power or is restarted mid-shift still
 * knows what it let through and still sends it. A plain file rather than an embedded database:
 * one append and one fsync per scan is the least a durable record can cost (about 0.3 ms
 * here), the file needs no schema or migration, and support can read it with any text tool.
 * Each line is {@code {"scan":{...}}} or {@code {"synced":{...}}}; a line cut short by a crash
 * is dropped on opening, it was never acknowledged to anyone.
 *
 * <p>The file is locked while open: two processes on one data directory would interleave their
 * lines. Thread-safe.
 *
 * @param <S> what the station decided, one per scan
 * @param <A> the backend's answer to one of them, naming the same scan id
 */
public class OfflineJournal<S extends OfflineJournal.Entry, A extends OfflineJournal.Entry> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OfflineJournal.class);
    private static final String SCAN = "scan";
    private static final String SYNCED = "synced";

    /** A line's content: every scan has an id of its own, and an answer names the scan it answers. */
    public interface Entry {
        String scanId();
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Class<S> scanType;
    private final Class<A> answerType;
    private final Predicate<? super S> awaitsAnswer;
    private final List<S> scans = new ArrayList<>();
    private final Map<String, A> synced = new HashMap<>();

    /**
     * Opens (creating if needed) the journal and reads it back.
     *
     * @param awaitsAnswer which scans the backend must be told of (a scan the backend decided itself,
     *                     while the station was online, is recorded only for the station's own knowledge)
     * @param station      what the station is called in a message to staff ("gate", "counter")
     * @throws IOException when the file cannot be read or written, or another process of the station has it open
     */
    protected OfflineJournal(Path file, Class<S> scanType, Class<A> answerType, Predicate<? super S> awaitsAnswer,
                             String station) throws IOException {
        this.file = file;
        this.scanType = scanType;
        this.answerType = answerType;
        this.awaitsAnswer = awaitsAnswer;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock locked;
            try {
                locked = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                locked = null;
            }
            if (locked == null) {
                throw new IOException("The " + station + "'s journal " + file + " is in use by another " + station);
            }
            this.lock = locked;
            load();
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
            log.warn("dropping an incomplete last line of {} ({} bytes): the station stopped while writing it", file,
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
                apply(LocalJson.MAPPER.readTree(line));
            } catch (JsonProcessingException e) {
                log.warn("skipping unreadable line {} of {}: {}", lineNo, file, e.getOriginalMessage());
            }
        }
        channel.position(channel.size());
    }

    private void apply(JsonNode line) throws JsonProcessingException {
        if (line.hasNonNull(SCAN)) {
            scans.add(LocalJson.MAPPER.treeToValue(line.get(SCAN), scanType));
        }
        if (line.hasNonNull(SYNCED)) {
            A answer = LocalJson.MAPPER.treeToValue(line.get(SYNCED), answerType);
            synced.put(answer.scanId(), answer);
        }
    }

    /** Records a scan durably; returns once it is on disk. */
    public synchronized void append(S scan) {
        write(List.of(Map.of(SCAN, scan)));
        scans.add(scan);
    }

    /** Records the backend's answers durably, so those scans are not sent again after a restart. */
    public synchronized void markSynced(Collection<A> answers) {
        if (answers.isEmpty()) {
            return;
        }
        write(answers.stream().map(answer -> Map.of(SYNCED, answer)).toList());
        answers.forEach(answer -> synced.put(answer.scanId(), answer));
    }

    public synchronized List<S> scans() {
        return List.copyOf(scans);
    }

    /** Scans the backend must be told of and has not acknowledged yet, oldest first. */
    public synchronized List<S> unsynced() {
        return scans.stream().filter(this::unsynced).toList();
    }

    public synchronized int unsyncedCount() {
        return (int) scans.stream().filter(this::unsynced).count();
    }

    private boolean unsynced(S scan) {
        return awaitsAnswer.test(scan) && !synced.containsKey(scan.scanId());
    }

    public synchronized Map<String, A> synced() {
        return Map.copyOf(synced);
    }

    private void write(List<? extends Map<String, ?>> lines) {
        try {
            DurableFiles.write(channel, LocalJson.lines(lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
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
