package io.bilheteria.backend.partners;

import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.partners.OwnershipRepository.Kind;
import io.bilheteria.backend.partners.OwnershipRepository.Owned;
import io.bilheteria.backend.storage.Transactions;
import java.util.Optional;

/**
 * Finds the event behind an id and checks the caller may manage it: a partner only its own
 * events, an admin any. As for orders, another partner's event is answered "not found", so
 * ids of other partners cannot be probed. Reads in the caller's transaction.
 */
public final class Ownership {
    private final OwnershipRepository owners;

    public Ownership(Transactions tx) {
        this.owners = new OwnershipRepository(tx);
    }

    public String event(Principal caller, String eventId) {
        return check(caller, owners.owner(Kind.EVENT, eventId), eventId, "Event ");
    }

    /** The event of a section. */
    public String sectionEvent(Principal caller, String sectionId) {
        return check(caller, owners.owner(Kind.SECTION, sectionId), sectionId, "Section ");
    }

    /** The event of a session. */
    public String sessionEvent(Principal caller, String sessionId) {
        return check(caller, owners.owner(Kind.SESSION, sessionId), sessionId, "Session ");
    }

    /** The event of a product. */
    public String productEvent(Principal caller, String productId) {
        return check(caller, owners.owner(Kind.PRODUCT, productId), productId, "Product ");
    }

    /** The section of a seat (spot), whose event the caller manages. */
    public String seatSection(Principal caller, long spotId) {
        String sectionId = owners.seatSection(spotId).orElseThrow(() -> DomainException.notFound("Seat " + spotId));
        sectionEvent(caller, sectionId);
        return sectionId;
    }

    /** Seat ids are numbers; anything else names no seat. */
    public static long seatId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("Seat " + raw);
        }
    }

    private static String check(Principal caller, Optional<Owned> found, String id, String what) {
        Owned owned = found.orElseThrow(() -> DomainException.notFound(what + id));
        if (!caller.is(Role.ADMIN) && !owned.partnerId().equals(caller.partnerId())) {
            throw DomainException.notFound(what + id);
        }
        return owned.eventId();
    }
}
