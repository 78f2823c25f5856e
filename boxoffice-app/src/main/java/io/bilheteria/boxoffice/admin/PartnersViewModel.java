package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.ZoneId;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The partners ({@link PartnersTab} shows them): a new one (name and fee, 10 % when left blank),
 * and for the partner picked its fee and a switch that disables it (asked first, since its logins
 * stop and its events leave sale) or enables it again. What the admin typed is checked by the
 * {@link AdminConsole} before anything is sent.
 */
final class PartnersViewModel {
    private final Messages messages;
    private final AdminConsole console;
    private final ObservableList<Partner> partners;
    private final ZoneId zone;
    private final BackendCalls calls;
    private final ReadOnlyObjectWrapper<Partner> picked = new ReadOnlyObjectWrapper<>(this, "picked");
    private final ReadOnlyBooleanWrapper partnerPicked = new ReadOnlyBooleanWrapper(this, "partnerPicked");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final StringProperty newFee = new SimpleStringProperty(this, "newFee", "");
    private final StringProperty fee = new SimpleStringProperty(this, "fee", "");
    private final ReadOnlyStringWrapper chosen = new ReadOnlyStringWrapper(this, "chosen", "");
    private final ReadOnlyStringWrapper toggleText = new ReadOnlyStringWrapper(this, "toggleText", "");
    private final ReadOnlyBooleanWrapper toggleDisables = new ReadOnlyBooleanWrapper(this, "toggleDisables");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The partner a first "disable" asked about; the second on the same one does it. */
    private Partner disableAsked;

    /** @param partners the partners as the admin's tabs share them: this model fills and changes the list */
    PartnersViewModel(Messages messages, AdminConsole console, ObservableList<Partner> partners, TaskExecutor tasks,
                      ZoneId zone) {
        this.messages = messages;
        this.console = console;
        this.partners = partners;
        this.zone = zone;
        this.calls = new BackendCalls(tasks, messages);
        calls.whenReported(failure -> message.set(failure.message()));
        partnerPicked.bind(picked.isNotNull());
        pick(null);
    }

    /** Loads the partners; the one picked stays picked. */
    void reload() {
        calls.read(console::partners, loaded -> {
            Partner before = picked.get();
            picked.set(null); // the list is new: what was picked is picked again in it
            partners.setAll(loaded);
            if (before != null) {
                pickById(before.id());
            }
        });
    }

    /** The partner picked in the table: its fee in the field, the switch saying what it would do. */
    void pick(Partner partner) {
        disableAsked = null;
        picked.set(partner);
        boolean none = partner == null;
        chosen.set(none ? messages.get("admin.partner.choose") : partner.name());
        fee.set(none ? "" : AdminConsole.feePercent(partner.feeBps(), messages.getLocale()));
        toggleText.set(messages.get(none || partner.enabled() ? "admin.partner.disable" : "admin.partner.enable"));
        toggleDisables.set(!none && partner.enabled());
    }

    /** A new partner as typed. */
    void create() {
        String name = newName.get();
        String percent = newFee.get();
        calls.write(() -> console.createPartner(name, percent), created -> {
            partners.add(created);
            partners.sort(Comparator.comparing(Partner::name, String.CASE_INSENSITIVE_ORDER));
            newName.set("");
            newFee.set("");
            pickById(created.id());
            message.set(messages.get("admin.partner.created", created.name(),
                    AdminConsole.feePercent(created.feeBps(), messages.getLocale())));
        });
    }

    /** The fee typed for the partner picked. */
    void saveFee() {
        Partner partner = picked.get();
        if (partner == null) {
            message.set(messages.get("admin.partner.choose"));
            return;
        }
        String percent = fee.get();
        calls.write(() -> console.setFee(partner, percent), changed -> {
            replace(changed);
            message.set(messages.get("admin.partner.fee.saved", changed.name(),
                    AdminConsole.feePercent(changed.feeBps(), messages.getLocale())));
        });
    }

    /** Enables the partner picked, or asks before disabling it and disables it when asked again. */
    void toggle() {
        Partner partner = picked.get();
        if (partner == null) {
            message.set(messages.get("admin.partner.choose"));
            return;
        }
        if (partner.enabled() && (disableAsked == null || !disableAsked.id().equals(partner.id()))) {
            disableAsked = partner;
            toggleText.set(messages.get("admin.partner.disable.confirm"));
            message.set(messages.get("admin.partner.disable.question", partner.name()));
            return;
        }
        disableAsked = null;
        boolean enable = !partner.enabled();
        calls.write(() -> console.setEnabled(partner, enable), changed -> {
            replace(changed);
            message.set(messages.get(changed.enabled() ? "admin.partner.enabled" : "admin.partner.disabled",
                    changed.name()));
        });
    }

    private void replace(Partner changed) {
        picked.set(null);
        partners.replaceAll(p -> p.id().equals(changed.id()) ? changed : p);
        pickById(changed.id());
    }

    private void pickById(String partnerId) {
        pick(partners.stream().filter(p -> p.id().equals(partnerId)).findFirst().orElse(null));
    }

    ObservableList<Partner> partners() {
        return partners;
    }

    ReadOnlyObjectProperty<Partner> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** The fee and the switch act on the partner picked. */
    ReadOnlyBooleanProperty partnerPickedProperty() {
        return partnerPicked.getReadOnlyProperty();
    }

    StringProperty newNameProperty() {
        return newName;
    }

    /** The new partner's fee in percent; blank for the platform's 10 %. */
    StringProperty newFeeProperty() {
        return newFee;
    }

    /** The picked partner's fee in percent. */
    StringProperty feeProperty() {
        return fee;
    }

    /** Whom the fee and the switch are about; asks for a pick when nobody is. */
    ReadOnlyStringProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    ReadOnlyStringProperty toggleTextProperty() {
        return toggleText.getReadOnlyProperty();
    }

    /** Whether the switch would disable a partner (shown as dangerous). */
    ReadOnlyBooleanProperty toggleDisablesProperty() {
        return toggleDisables.getReadOnlyProperty();
    }

    /** What the tab last said, or why its last call failed. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    String feeText(Partner partner) {
        return AdminConsole.feePercent(partner.feeBps(), messages.getLocale());
    }

    String statusText(Partner partner) {
        return messages.get(partner.enabled() ? "admin.enabled" : "admin.disabled");
    }

    String sinceText(Partner partner) {
        return Formats.date(partner.createdAt(), zone, messages.getLocale());
    }
}
