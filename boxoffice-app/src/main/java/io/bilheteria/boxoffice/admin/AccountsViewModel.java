package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.StaffAccount;
import io.bilheteria.api.auth.Role;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Staff accounts ({@link AccountsTab} shows them): the cashier, gate, kiosk and partner logins, all
 * or one partner's. A new account belongs to a partner (its cashiers then sell only that partner's
 * events) or to the venue; the account picked gets a new password or is disabled (both sign it out
 * everywhere) or enabled again.
 */
final class AccountsViewModel {
    /** The roles an admin gives staff. */
    static final List<Role> STAFF_ROLES = List.of(Role.CASHIER, Role.GATE, Role.KIOSK, Role.PARTNER);

    /** A partner to pick in a list, or none: all partners (the filter) or the venue itself (an account's owner). */
    record PartnerChoice(Partner partner, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Messages messages;
    private final AdminConsole console;
    private final ObservableList<Partner> partners;
    private final BackendCalls calls;
    private final ObservableList<PartnerChoice> filters = FXCollections.observableArrayList();
    private final ObjectProperty<PartnerChoice> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObservableList<PartnerChoice> owners = FXCollections.observableArrayList();
    private final ObjectProperty<PartnerChoice> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObservableList<StaffAccount> accounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StaffAccount> picked = new ReadOnlyObjectWrapper<>(this, "picked");
    private final ReadOnlyBooleanWrapper accountPicked = new ReadOnlyBooleanWrapper(this, "accountPicked");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final ReadOnlyStringWrapper chosen = new ReadOnlyStringWrapper(this, "chosen", "");
    private final ReadOnlyStringWrapper toggleText = new ReadOnlyStringWrapper(this, "toggleText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The lists are being refilled: their picks are put back, which is not the admin choosing. */
    private boolean refilling;

    /** @param partners the partners as the partners' tab keeps them: the choices follow them */
    AccountsViewModel(Messages messages, AdminConsole console, ObservableList<Partner> partners, TaskExecutor tasks) {
        this.messages = messages;
        this.console = console;
        this.partners = partners;
        this.calls = new BackendCalls(tasks, messages);
        calls.whenReported(failure -> message.set(failure.message()));
        accountPicked.bind(picked.isNotNull());
        filter.addListener((obs, old, now) -> {
            if (!refilling) {
                reload();
            }
        });
        partners.addListener((ListChangeListener<Partner>) change -> refreshChoices());
        refreshChoices();
        pick(null);
    }

    /** The filter's and the owner's lists follow the partners; what was picked stays picked. */
    private void refreshChoices() {
        String filtered = partnerId(filter.get());
        String owned = partnerId(owner.get());
        List<PartnerChoice> each = partners.stream().map(p -> new PartnerChoice(p, p.name())).toList();
        List<PartnerChoice> allAndEach = new ArrayList<>(List.of(new PartnerChoice(null, messages.get("admin.account.all"))));
        allAndEach.addAll(each);
        List<PartnerChoice> venueAndEach = new ArrayList<>(List.of(new PartnerChoice(null, messages.get("admin.account.venue"))));
        venueAndEach.addAll(each);
        refilling = true;
        filters.setAll(allAndEach);
        owners.setAll(venueAndEach);
        filter.set(choice(filters, filtered));
        owner.set(choice(owners, owned));
        refilling = false;
    }

    private static String partnerId(PartnerChoice choice) {
        return choice == null || choice.partner() == null ? null : choice.partner().id();
    }

    private static PartnerChoice choice(List<PartnerChoice> choices, String partnerId) {
        return choices.stream()
                .filter(c -> partnerId == null ? c.partner() == null : c.partner() != null && c.partner().id().equals(partnerId))
                .findFirst().orElse(null);
    }

    /** Loads the accounts the filter asks for; the one picked stays picked. */
    void reload() {
        Partner only = filter.get() == null ? null : filter.get().partner();
        calls.read(() -> console.accounts(only), loaded -> {
            StaffAccount before = picked.get();
            picked.set(null); // the list is new: what was picked is picked again in it
            accounts.setAll(loaded);
            pickById(before == null ? null : before.id());
        });
    }

    /** The account picked in the table: named, with the switch saying what it would do. */
    void pick(StaffAccount account) {
        picked.set(account);
        boolean none = account == null;
        chosen.set(none ? messages.get("admin.account.choose")
                : account.username() + " · " + roleName(account.role()) + " · " + partnerName(account.partnerId()));
        toggleText.set(messages.get(none || account.enabled() ? "admin.account.disable" : "admin.account.enable"));
    }

    /** A new account as typed; checked by the console before anything is sent. */
    void create() {
        String user = username.get();
        String secret = password.get();
        Role chosenRole = role.get();
        Partner partner = owner.get() == null ? null : owner.get().partner();
        calls.write(() -> console.createAccount(user, secret, chosenRole, partner), created -> {
            username.set("");
            password.set("");
            Partner only = filter.get() == null ? null : filter.get().partner();
            if (only == null || only.id().equals(created.partnerId())) {
                accounts.add(created);
                pickById(created.id());
            }
            message.set(messages.get("admin.account.created", created.username(), roleName(created.role()),
                    partnerName(created.partnerId())));
        });
    }

    /** The new password typed for the account picked. */
    void resetPassword() {
        StaffAccount account = picked.get();
        if (account == null) {
            message.set(messages.get("admin.account.choose"));
            return;
        }
        String secret = newPassword.get();
        calls.write(() -> console.resetPassword(account, secret), changed -> {
            newPassword.set("");
            replace(changed);
            message.set(messages.get("admin.account.reset.done", changed.username()));
        });
    }

    /** The account picked disabled, or enabled again. */
    void toggle() {
        StaffAccount account = picked.get();
        if (account == null) {
            message.set(messages.get("admin.account.choose"));
            return;
        }
        boolean enable = !account.enabled();
        calls.write(() -> console.setEnabled(account, enable), changed -> {
            replace(changed);
            message.set(messages.get(changed.enabled() ? "admin.account.enabled" : "admin.account.disabled",
                    changed.username()));
        });
    }

    private void replace(StaffAccount changed) {
        picked.set(null);
        accounts.replaceAll(a -> a.id().equals(changed.id()) ? changed : a);
        pickById(changed.id());
    }

    private void pickById(String accountId) {
        pick(accounts.stream().filter(a -> a.id().equals(accountId)).findFirst().orElse(null));
    }

    String roleName(Role value) {
        return messages.get("admin.role." + value.name().toLowerCase(Locale.ROOT));
    }

    /** The partner an account belongs to, by name; the venue's own accounts say so. */
    String partnerName(String partnerId) {
        if (partnerId == null) {
            return messages.get("admin.account.venue");
        }
        return partners.stream().filter(p -> p.id().equals(partnerId)).map(Partner::name).findFirst().orElse(partnerId);
    }

    String statusText(StaffAccount account) {
        return messages.get(account.enabled() ? "admin.enabled" : "admin.disabled");
    }

    /** All partners, then each: whose accounts the table lists. */
    ObservableList<PartnerChoice> filters() {
        return filters;
    }

    ObjectProperty<PartnerChoice> filterProperty() {
        return filter;
    }

    /** The venue, then each partner: whose a new account is. */
    ObservableList<PartnerChoice> owners() {
        return owners;
    }

    ObjectProperty<PartnerChoice> ownerProperty() {
        return owner;
    }

    ObservableList<StaffAccount> accounts() {
        return accounts;
    }

    ReadOnlyObjectProperty<StaffAccount> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** The new password and the switch act on the account picked. */
    ReadOnlyBooleanProperty accountPickedProperty() {
        return accountPicked.getReadOnlyProperty();
    }

    StringProperty usernameProperty() {
        return username;
    }

    StringProperty passwordProperty() {
        return password;
    }

    ObjectProperty<Role> roleProperty() {
        return role;
    }

    StringProperty newPasswordProperty() {
        return newPassword;
    }

    /** Which account the new password and the switch are about; asks for a pick when none is. */
    ReadOnlyStringProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    ReadOnlyStringProperty toggleTextProperty() {
        return toggleText.getReadOnlyProperty();
    }

    /** What the tab last said, or why its last call failed. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
