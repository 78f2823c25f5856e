package io.bilheteria.boxoffice.cashier;

import io.bilheteria.client.ApiException;
import io.bilheteria.ui.i18n.Messages;

/** What the box office screens say when a step fails: the backend's reason, ours, or a plain "try again". */
public final class FailureText {
    private FailureText() {
    }

    /**
     * A refusal by the backend names its problem; an {@link IllegalArgumentException} or
     * {@link IllegalStateException} carries a sentence these screens wrote for the cashier.
     */
    public static String of(Messages messages, Throwable error) {
        if (error instanceof ApiException api) {
            return messages.get("cashier.refused", api.problem().title()
                    + (api.problem().detail() == null ? "" : ": " + api.problem().detail()));
        }
        if (error instanceof IllegalArgumentException || error instanceof IllegalStateException) {
            return error.getMessage();
        }
        return messages.get("cashier.failed");
    }
}
