package io.bilheteria.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback HTTP server that answers with a per-test script and records what it received. */
final class ScriptedServer implements AutoCloseable {

    record Received(String method, String target, Headers headers, String body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    @FunctionalInterface
    private interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    ScriptedServer json(int status, String json) {
        return body(status, "application/json", json);
    }

    ScriptedServer problem(int status, String type, String title, String extraFields) {
        String json = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + (extraFields.isEmpty() ? "" : "," + extraFields) + "}";
        return body(status, "application/problem+json", json);
    }

    /** A problem document that asks the client to come back in {@code retryAfterSeconds}. */
    ScriptedServer problemWithRetryAfter(int status, String type, String title, int retryAfterSeconds) {
        String json = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status + "}";
        return body(status, "application/problem+json", json, Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    ScriptedServer body(int status, String contentType, String text) {
        return body(status, contentType, text, Map.of());
    }

    private ScriptedServer body(int status, String contentType, String text, Map<String, String> headers) {
        replies.add(exchange -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            headers.forEach(exchange.getResponseHeaders()::set);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        return this;
    }

    ScriptedServer noContent() {
        replies.add(exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        return this;
    }

    /** Reads the request, then closes the connection without answering. */
    ScriptedServer drop() {
        replies.add(HttpExchange::close);
        return this;
    }

    List<Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Headers headers = new Headers();
        headers.putAll(exchange.getRequestHeaders());
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
        Reply reply = replies.poll();
        if (reply == null) {
            reply = exchange1 -> {
                exchange1.sendResponseHeaders(599, -1);
                exchange1.close();
            };
        }
        reply.send(exchange);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
