package io.bilheteria.boxoffice.cashier;

import io.bilheteria.ui.calls.FailureMessages;
import io.bilheteria.ui.i18n.Messages;

/**
 * A failure in plain words, for {@link PostSaleScreen} until it runs its calls through
 * {@link io.bilheteria.ui.calls.BackendCalls} (its rewrite is under way): the same words as every
 * other screen, from {@link FailureMessages}. Delete this class once nothing calls it.
 */
final class FailureText {
    private FailureText() {
    }

    static String of(Messages messages, Throwable error) {
        return new FailureMessages(messages).of(error);
    }
}
