package io.bilheteria.ui.calls;

import io.bilheteria.api.problems.Problem;
import io.bilheteria.client.ApiException;
import io.bilheteria.ui.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a failed call becomes words for the person at the screen, never a stack trace:
 * the backend down, the backend's own reason for a refusal (its problem document's detail, else its
 * title), a sentence our code wrote ({@link IllegalArgumentException}, {@link IllegalStateException}),
 * or a plain "try again" for anything else, which is logged since nobody planned for it.
 * Texts come from the shared bundle ({@link Messages#COMMON_BUNDLE}), in the current locale.
 */
public final class FailureMessages {
    private static final Logger log = LoggerFactory.getLogger(FailureMessages.class);

    private final Messages messages;

    public FailureMessages(Messages messages) {
        this.messages = messages;
    }

    public String of(Throwable error) {
        return switch (FailureKind.of(error)) {
            case UNAVAILABLE -> messages.get("common.offline");
            case REFUSED -> reason(((ApiException) error).problem());
            case OURS -> error.getMessage();
            case UNEXPECTED -> {
                log.error("a call failed unexpectedly", error);
                yield messages.get("common.error");
            }
        };
    }

    private String reason(Problem problem) {
        String reason = problem.detail() == null || problem.detail().isBlank() ? problem.title() : problem.detail();
        return reason == null || reason.isBlank() ? messages.get("common.error") : messages.get("common.refused", reason);
    }
}
