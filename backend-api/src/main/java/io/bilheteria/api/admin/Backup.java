package io.bilheteria.api.admin;

import java.time.Instant;

/** One backup of the embedded database: the zip file on the backend's machine, its size and when it was taken. */
public record Backup(String file, long sizeBytes, Instant takenAt) {
}
