package io.bilheteria.api.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code conflictingSeatIds} is set on seat conflicts,
 * {@code requestId} on every problem so support can find the log line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String requestId,
        List<String> conflictingSeatIds,
        String declineReason) {
}
