package io.bilheteria.backend.common;

import java.util.List;

/** Some of the asked-for seats are taken; the caller is told which. */
public final class SeatsUnavailableException extends DomainException {
    private final List<String> conflictingSeatIds;

    public SeatsUnavailableException(String detail, List<String> conflictingSeatIds) {
        super(Kind.SEATS_UNAVAILABLE, detail);
        this.conflictingSeatIds = List.copyOf(conflictingSeatIds);
    }

    public List<String> conflictingSeatIds() {
        return conflictingSeatIds;
    }
}
