package io.bilheteria.client;

import io.bilheteria.api.problems.Problem;
import io.bilheteria.api.problems.ProblemTypes;

import java.util.regex.Pattern;

/**
 * A call the backend refused or could not answer, with the RFC 9457 problem document it sent.
 *
 * <p>Unchecked because most callers can only show the message; the subclasses exist for the few
 * cases a screen handles differently. Runs of 12 or more digits are masked in the message and in
 * {@link #problem()}, so a card number echoed by a server never reaches a log through an exception.
 */
public class ApiException extends RuntimeException {

    private static final Pattern CARD_LIKE = Pattern.compile("\\d(?:[ .-]?\\d){11,}");

    private final int status;
    private final Problem problem;

    public ApiException(int status, Problem problem) {
        this(status, problem, null);
    }

    public ApiException(int status, Problem problem, Throwable cause) {
        super(describe(status, sanitize(status, problem)), cause);
        this.status = status;
        this.problem = sanitize(status, problem);
    }

    /**
     * The exception a screen should see for this answer: chosen by HTTP status first, then by
     * problem {@code type} where one status covers several situations (400, 409).
     */
    public static ApiException of(int status, Problem problem) {
        String type = problem == null ? null : problem.type();
        return switch (status) {
            case 400 -> ProblemTypes.INVALID_CARD.equals(type)
                    ? new InvalidCardException(status, problem)
                    : new InvalidRequestException(status, problem);
            case 401 -> new UnauthorizedException(status, problem);
            case 402 -> new PaymentDeclinedException(status, problem);
            case 403 -> new ForbiddenException(status, problem);
            case 404 -> new NotFoundException(status, problem);
            case 409 -> conflict(status, problem, type);
            case 502, 503, 504 -> new BackendUnavailableException(status, problem);
            default -> new ApiException(status, problem);
        };
    }

    private static ConflictException conflict(int status, Problem problem, String type) {
        if (ProblemTypes.SEATS_UNAVAILABLE.equals(type)) {
            return new SeatConflictException(status, problem);
        }
        if (ProblemTypes.HOLD_EXPIRED.equals(type)) {
            return new HoldExpiredException(status, problem);
        }
        if (ProblemTypes.OUT_OF_STOCK.equals(type)) {
            return new OutOfStockException(status, problem);
        }
        if (ProblemTypes.EMAIL_TAKEN.equals(type)) {
            return new EmailTakenException(status, problem);
        }
        return new ConflictException(status, problem);
    }

    /** The HTTP status, or 0 when no answer arrived at all. */
    public int status() {
        return status;
    }

    /** Never null: synthesised when the answer was not a problem document. */
    public Problem problem() {
        return problem;
    }

    /** Quote it to support: the backend logs the same id. Null when the backend did not send one. */
    public String requestId() {
        return problem.requestId();
    }

    private static Problem sanitize(int status, Problem p) {
        if (p == null) {
            return new Problem("about:blank", null, status, null, null, null, null);
        }
        return new Problem(p.type(), mask(p.title()), p.status(), mask(p.detail()), p.requestId(),
                p.conflictingSeatIds(), mask(p.declineReason()));
    }

    private static String describe(int status, Problem p) {
        String title = p.title() != null && !p.title().isBlank() ? p.title() : "HTTP " + status;
        return p.detail() == null || p.detail().isBlank() ? title : title + ": " + p.detail();
    }

    private static String mask(String text) {
        return text == null ? null : CARD_LIKE.matcher(text).replaceAll("****");
    }
}
