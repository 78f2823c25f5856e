package io.bilheteria.backend.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.admin.PartnerList;
import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.Validation;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;

/**
 * The admin's partners: created, renamed, given a platform fee (in basis points, applied to
 * payments from then on) and disabled. A disabled partner's accounts cannot log in or use
 * their tokens, and its events are neither listed nor sold; enabling it again restores both.
 */
public final class PartnerAdmin {
    static final int DEFAULT_FEE_BPS = 1000;
    private final Transactions tx;
    private final PartnerRepository partners;
    private final Clock clock;
    private final AuthService auth;

    public PartnerAdmin(Transactions tx, Clock clock, AuthService auth) {
        this.tx = tx;
        this.partners = new PartnerRepository(tx);
        this.clock = clock;
        this.auth = auth;
    }

    public PartnerList list() {
        return new PartnerList(partners.all());
    }

    public Partner create(PartnerDraft draft) {
        String name = name(draft.name());
        int fee = draft.feeBps() == null ? DEFAULT_FEE_BPS : fee(draft.feeBps());
        boolean enabled = draft.enabled() == null || draft.enabled();
        String id = Ids.newId();
        return tx.inTransaction(() -> {
            partners.insert(id, name, fee, enabled, clock.millis());
            return partners.find(id).orElseThrow();
        });
    }

    public Partner edit(String partnerId, PartnerDraft draft) {
        return tx.inTransaction(() -> {
            if (partners.find(partnerId).isEmpty()) {
                throw DomainException.notFound("Partner " + partnerId);
            }
            if (draft.name() != null) {
                partners.set(partnerId, PartnerRepository.Field.NAME, name(draft.name()));
            }
            if (draft.feeBps() != null) {
                partners.set(partnerId, PartnerRepository.Field.FEE_BPS, fee(draft.feeBps()));
            }
            if (draft.enabled() != null) {
                partners.set(partnerId, PartnerRepository.Field.ENABLED, draft.enabled());
                // tokens of the partner's staff already resolved anywhere must not outlive the switch
                auth.revokeTokens();
            }
            return partners.find(partnerId).orElseThrow();
        });
    }

    private static String name(String name) {
        return Validation.maxLength(Validation.required(name, "name"), 200, "name");
    }

    private static int fee(int bps) {
        if (bps < 0 || bps > 10_000) {
            throw DomainException.invalid("'feeBps' must be between 0 and 10000 (100 %)");
        }
        return bps;
    }
}
