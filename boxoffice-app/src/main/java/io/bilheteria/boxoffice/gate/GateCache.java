package io.bilheteria.boxoffice.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.boxoffice.storage.DurableFiles;
import io.bilheteria.boxoffice.storage.LocalJson;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tickets the gate downloaded, kept on disk so that a gate restarted without a network still
 * validates (the key to check them with is kept beside, by {@link io.bilheteria.boxoffice.offline.SigningKey}):
 * per session the tickets (JSON lines, later lines replace earlier ones of the same ticket) with
 * the cursor to poll from. The tickets are appended
 * before the cursor moves, so a crash in between only downloads some tickets again.
 * Used by one thread at a time (the sync thread, and the opening gate before it starts).
 */
final class GateCache {
    private static final Logger log = LoggerFactory.getLogger(GateCache.class);
    private final Path dir;

    GateCache(Path dataDir) throws IOException {
        this.dir = dataDir;
        Files.createDirectories(dataDir.resolve("tickets"));
    }

    Optional<String> cursor(String sessionId) throws IOException {
        Path file = sessionFile(sessionId, ".cursor");
        return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
    }

    /** The session's tickets as last downloaded, by ticket id. */
    Map<String, GateTicket> tickets(String sessionId) throws IOException {
        Path file = sessionFile(sessionId, ".jsonl");
        Map<String, GateTicket> tickets = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return tickets;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                GateTicket ticket = LocalJson.MAPPER.readValue(line, GateTicket.class);
                tickets.put(ticket.ticketId(), ticket);
            } catch (JsonProcessingException e) {
                // a line cut short by a crash: the cursor did not move past it, the next download repeats it
                log.warn("skipping an unreadable line of {}: {}", file, e.getOriginalMessage());
            }
        }
        if (lines.size() > 2 * tickets.size() + 1_000) {
            // polling re-sends recent changes: keep the file near one line per ticket
            DurableFiles.replace(file, LocalJson.lines(tickets.values()));
        }
        return tickets;
    }

    /** Appends a download's tickets, then moves the session's cursor past them. */
    void saveDownload(String sessionId, Collection<GateTicket> tickets, String cursor) throws IOException {
        if (!tickets.isEmpty()) {
            try (FileChannel out = FileChannel.open(sessionFile(sessionId, ".jsonl"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                DurableFiles.write(out, LocalJson.lines(tickets));
            }
        }
        DurableFiles.replace(sessionFile(sessionId, ".cursor"), cursor);
    }

    private Path sessionFile(String sessionId, String suffix) {
        if (!sessionId.matches("[A-Za-z0-9_-]{1,64}")) {
            // ids become file names: never let one climb out of the data directory
            throw new IllegalArgumentException("not a session id: " + sessionId);
        }
        return dir.resolve("tickets").resolve(sessionId + suffix);
    }
}
