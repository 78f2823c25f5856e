package io.bilheteria.boxoffice.partner;

import io.bilheteria.client.ApiException;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.client.ConflictException;
import io.bilheteria.client.ForbiddenException;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.ui.i18n.Messages;
import java.io.UncheckedIOException;

/**
 * What the back office says when a call fails: in the partner's words first, then the backend's
 * own reason (its detail names the numbers: how many seats are sold, which field is wrong).
 */
final class PartnerFailures {
    private PartnerFailures() {
    }

    static String of(Messages messages, Throwable error) {
        if (error instanceof NotFoundException) {
            return messages.get("partner.failure.notFound");
        }
        if (error instanceof BackendUnavailableException) {
            return messages.get("partner.failure.unavailable");
        }
        if (error instanceof ApiException api) {
            String key = error instanceof ConflictException ? "partner.failure.conflict"
                    : error instanceof InvalidRequestException ? "partner.failure.invalid"
                    : error instanceof ForbiddenException ? "partner.failure.forbidden" : "partner.failure.refused";
            return messages.get(key, api.problem().detail() == null ? api.problem().title() : api.problem().detail());
        }
        if (error instanceof UncheckedIOException io) {
            return messages.get("partner.failure.file", io.getCause().getMessage());
        }
        if (error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        return messages.get("partner.failure.other");
    }
}
