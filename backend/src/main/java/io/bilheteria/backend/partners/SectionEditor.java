package io.bilheteria.backend.partners;

import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SectionList;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.Validation;
import io.bilheteria.backend.storage.Transactions;
import java.util.regex.Pattern;

/**
 * The priced sections of an event: name, colour and price. A new price applies to sales from
 * then on; orders keep the price they were placed at. Seats come from {@code venues.SeatLayouts}.
 */
public final class SectionEditor {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?");
    private final Transactions tx;
    private final SectionRepository sections;
    private final Ownership ownership;

    public SectionEditor(Transactions tx) {
        this.tx = tx;
        this.sections = new SectionRepository(tx);
        this.ownership = new Ownership(tx);
    }

    public SectionList list(Principal caller, String eventId) {
        ownership.event(caller, eventId);
        return new SectionList(sections.ofEvent(eventId));
    }

    public ManagedSection create(Principal caller, String eventId, SectionDraft draft) {
        String name = name(Validation.required(draft.name(), "name"));
        String color = color(Validation.required(draft.color(), "color"));
        long price = Validation.cents(draft.priceCents(), "priceCents");
        String id = Ids.newId();
        return tx.inTransaction(() -> {
            ownership.event(caller, eventId);
            int order = draft.sortOrder() != null ? draft.sortOrder() : sections.nextSortOrder(eventId);
            sections.insert(id, eventId, name, color, price, order);
            return sections.one(id);
        });
    }

    public ManagedSection edit(Principal caller, String sectionId, SectionDraft draft) {
        return tx.inTransaction(() -> {
            ownership.sectionEvent(caller, sectionId);
            if (draft.name() != null) {
                sections.set(sectionId, SectionRepository.Field.NAME, name(Validation.required(draft.name(), "name")));
            }
            if (draft.color() != null) {
                sections.set(sectionId, SectionRepository.Field.COLOR, color(draft.color()));
            }
            if (draft.priceCents() != null) {
                sections.set(sectionId, SectionRepository.Field.PRICE_CENTS, Validation.cents(draft.priceCents(), "priceCents"));
            }
            if (draft.sortOrder() != null) {
                sections.set(sectionId, SectionRepository.Field.SORT_ORDER, draft.sortOrder());
            }
            return sections.one(sectionId);
        });
    }

    private static String name(String name) {
        return Validation.maxLength(name, 100, "name");
    }

    private static String color(String color) {
        if (!COLOR.matcher(color.trim()).matches()) {
            throw DomainException.invalid("'color' must be a hex colour such as #1565C0");
        }
        return color.trim().toUpperCase();
    }

}
