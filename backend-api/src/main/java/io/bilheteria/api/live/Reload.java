package io.bilheteria.api.live;

/**
 * Event {@code reload} of a session's live stream: the changes since the client's last event cannot
 * all be sent (too old, already pruned; or one committed too late to be sent in order), so the
 * client reads the seat map again and keeps following the stream.
 */
public record Reload(String sessionId, String reason) {
}
