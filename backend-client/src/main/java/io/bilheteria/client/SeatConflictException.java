package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;

import java.util.List;

/** Someone else took some of the requested seats first (409 seats-unavailable). */
public class SeatConflictException extends ConflictException {

    public SeatConflictException(int status, Problem problem) {
        super(status, problem);
    }

    /** The seats to mark as taken on the map; empty when the backend did not say which. */
    public List<String> conflictingSeatIds() {
        List<String> ids = problem().conflictingSeatIds();
        return ids == null ? List.of() : List.copyOf(ids);
    }
}
