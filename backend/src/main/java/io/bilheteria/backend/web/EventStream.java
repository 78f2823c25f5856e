package io.bilheteria.backend.web;

import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open {@code text/event-stream} response. Frames are queued without blocking whoever sends them
 * (the feed's tailer) and written by a shared pool, one writer per stream at a time. A client that
 * reads too slowly cannot hold memory or a thread without bound: when its frames pile up past
 * {@link #MAX_PENDING}, or one write has been blocked longer than {@link LiveRoutes#WRITE_TIMEOUT},
 * its connection is cut (which also ends the blocked write); it reconnects with its Last-Event-ID.
 */
final class EventStream {
    private static final Logger log = LoggerFactory.getLogger(EventStream.class);
    static final int MAX_PENDING = 1_000;

    private final Context ctx;
    private final Executor writers;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final Queue<String> pending = new ArrayDeque<>();
    private boolean writing;
    private boolean started;
    private volatile long writingSince;
    private Runnable onEnd = () -> { };

    EventStream(Context ctx, Executor writers) {
        this.ctx = ctx;
        this.writers = writers;
        ctx.status(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.contentType("text/event-stream");
        ctx.header("Cache-Control", "no-cache");
        // a reverse proxy (nginx) would otherwise buffer the stream
        ctx.header("X-Accel-Buffering", "no");
        queue("retry: " + LiveRoutes.RETRY_MILLIS + "\n\n");
    }

    /** Hands the response to Javalin as asynchronous; frames queued so far are written from now on. */
    void start(Runnable onEnd) {
        this.onEnd = onEnd;
        ctx.future(() -> {
            synchronized (this) {
                started = true;
            }
            drainLater();
            return ended;
        });
    }

    void event(String name, String id, String json) {
        StringBuilder frame = new StringBuilder();
        if (id != null) {
            frame.append("id: ").append(id).append('\n');
        }
        frame.append("event: ").append(name).append('\n').append("data: ").append(json).append("\n\n");
        queue(frame.toString());
    }

    /** A comment line: clients ignore it, proxies see traffic and keep the connection. */
    void comment(String text) {
        queue(": " + text + "\n\n");
    }

    /** How long the write under way has been blocked, in ms; 0 when none is. */
    long blockedFor(long nowNanos) {
        long since = writingSince;
        return since == 0 ? 0 : (nowNanos - since) / 1_000_000;
    }

    private void queue(String frame) {
        boolean tooSlow;
        synchronized (this) {
            if (ended.isDone()) {
                return;
            }
            pending.add(frame);
            tooSlow = pending.size() > MAX_PENDING;
        }
        if (tooSlow) {
            cut("the client read too slowly: " + MAX_PENDING + " frames were waiting");
        } else {
            drainLater();
        }
    }

    private void drainLater() {
        synchronized (this) {
            if (!started || writing || pending.isEmpty() || ended.isDone()) {
                return;
            }
            writing = true;
        }
        writers.execute(this::drain);
    }

    private void drain() {
        try {
            ServletOutputStream out = ctx.res().getOutputStream();
            while (true) {
                String frame;
                synchronized (this) {
                    frame = pending.poll();
                    if (frame == null || ended.isDone()) {
                        writing = false;
                        return;
                    }
                }
                writingSince = System.nanoTime();
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
                writingSince = 0;
            }
        } catch (IOException | RuntimeException e) {
            writingSince = 0;
            log.debug("event stream closed by the client", e);
            end();
        }
    }

    /** Cuts the connection under a write that cannot go on, so the thread writing is freed at once. */
    void cut(String why) {
        log.info("event stream cut: {}", why);
        try {
            Request.getBaseRequest(ctx.req()).getHttpChannel().getEndPoint().close();
        } catch (RuntimeException e) {
            log.debug("closing the connection failed", e);
        }
        end();
    }

    void end() {
        synchronized (this) {
            if (ended.isDone()) {
                return;
            }
            pending.clear();
            ended.complete(null);
        }
        onEnd.run();
    }
}
