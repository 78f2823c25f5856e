package io.bilheteria.boxoffice.gate;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.boxoffice.storage.DurableFiles;
import io.bilheteria.boxoffice.storage.LocalJson;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.client.BilheteriaClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions a gate can be opened for: tonight's doors, not last month's (from twelve
 * hours ago to a month ahead), soonest first. They come from the backend; when it does not
 * answer, they are the sessions this gate opened before, which is what a gate restarted
 * during a show needs. The sessions opened last time come back ticked.
 */
public final class SessionsOnOffer {
    static final Duration STARTED_AGO = Duration.ofHours(12);
    static final Duration AHEAD = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(SessionsOnOffer.class);

    /** A session on offer, with what staff recognise it by. */
    public record Session(String sessionId, Instant startsAt, String eventTitle, String venue) {
    }

    /**
     * @param fromThisGate true when the backend did not answer and these are the sessions this gate opened before
     * @param lastOpened   the ids of the sessions this gate was last opened for
     */
    public record Offer(List<Session> sessions, boolean fromThisGate, Set<String> lastOpened) {
    }

    /** What the file keeps. */
    record Remembered(List<Session> sessions, List<String> lastOpened) {
    }

    private final Path file;
    private final Clock clock;
    private volatile List<Session> lastOffer = List.of();

    /** @param file where the sessions this gate opened are kept, e.g. {@code DIR/gate/sessions.json} */
    public SessionsOnOffer(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /**
     * Blocking: call it off the FX thread.
     *
     * @throws io.bilheteria.client.ApiException when the backend refuses (not when it is away)
     */
    public Offer load(BilheteriaClient client) {
        Instant now = clock.instant();
        Remembered remembered = remembered();
        Set<String> lastOpened = Set.copyOf(remembered.lastOpened());
        try {
            List<Session> sessions = new ArrayList<>();
            for (EventSummary event : client.events(null, now.minus(STARTED_AGO), now.plus(AHEAD)).items()) {
                for (SessionSummary session : event.sessions()) {
                    sessions.add(new Session(session.id(), session.startsAt(), event.title(), event.venue()));
                }
            }
            lastOffer = List.copyOf(sessions);
            return new Offer(soonestFirst(sessions), false, lastOpened);
        } catch (BackendUnavailableException away) {
            List<Session> current = remembered.sessions().stream().filter(this::onOffer).toList();
            return new Offer(soonestFirst(current), true, lastOpened);
        }
    }

    /** When each session this gate was offered or opened starts: the last offer's and the remembered ones. */
    public Map<String, Instant> startTimes() {
        Map<String, Instant> starts = new HashMap<>();
        remembered().sessions().forEach(s -> starts.put(s.sessionId(), s.startsAt()));
        lastOffer.forEach(s -> starts.put(s.sessionId(), s.startsAt()));
        return starts;
    }

    /** Remembers the sessions the gate is being opened for. */
    public synchronized void opened(List<Session> chosen) {
        Map<String, Session> kept = new LinkedHashMap<>();
        remembered().sessions().stream().filter(this::onOffer).forEach(s -> kept.put(s.sessionId(), s));
        chosen.forEach(s -> kept.put(s.sessionId(), s));
        Remembered next = new Remembered(List.copyOf(kept.values()),
                chosen.stream().map(Session::sessionId).collect(Collectors.toList()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            DurableFiles.replace(file, LocalJson.MAPPER.writeValueAsString(next));
        } catch (IOException e) {
            log.warn("the gate's sessions could not be remembered in {}; they will not be offered offline", file, e);
        }
    }

    private boolean onOffer(Session session) {
        Instant now = clock.instant();
        return session.startsAt().isAfter(now.minus(STARTED_AGO)) && session.startsAt().isBefore(now.plus(AHEAD));
    }

    private synchronized Remembered remembered() {
        if (!Files.exists(file)) {
            return new Remembered(List.of(), List.of());
        }
        try {
            Remembered read = LocalJson.MAPPER.readValue(file.toFile(), Remembered.class);
            return new Remembered(read.sessions() == null ? List.of() : read.sessions(),
                    read.lastOpened() == null ? List.of() : read.lastOpened());
        } catch (IOException e) {
            log.warn("the gate's remembered sessions in {} are unreadable; ignoring them", file, e);
            return new Remembered(List.of(), List.of());
        }
    }

    private static List<Session> soonestFirst(List<Session> sessions) {
        return sessions.stream().sorted(Comparator.comparing(Session::startsAt)).toList();
    }
}
