package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.StaffAccount;
import io.bilheteria.api.auth.Role;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Staff accounts: the cashier, gate, kiosk and partner logins, all or one partner's. A new
 * account belongs to a partner (its cashiers then sell only that partner's events) or to the
 * venue; the account chosen in the table gets a new password or is disabled (both sign it
 * out everywhere) or enabled again.
 */
final class AccountsTab {
    private static final List<Role> STAFF_ROLES = List.of(Role.CASHIER, Role.GATE, Role.KIOSK, Role.PARTNER);
    private final Messages messages;
    private final AdminConsole console;
    private final ObservableList<Partner> partners;
    private final BackendCalls calls;
    private final TabMessage message;
    private final ComboBox<PartnerChoice> filter = new ComboBox<>();
    private final TableView<StaffAccount> table = new TableView<>();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<PartnerChoice> owner = new ComboBox<>();
    private final Label chosen = new Label();
    private final PasswordField newPassword = new PasswordField();
    private final Button reset = new Button();
    private final Button toggle = new Button();
    private final HBox view;
    /** The lists are being refilled: their picks are put back, which is not the admin choosing. */
    private boolean refilling;

    /** A partner to pick in a list, or none: all partners (the filter) or the venue itself (an account's owner). */
    private record PartnerChoice(Partner partner, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    AccountsTab(Messages messages, AdminConsole console, ObservableList<Partner> partners, TaskExecutor tasks) {
        this.messages = messages;
        this.console = console;
        this.partners = partners;
        this.calls = new BackendCalls(tasks, messages);
        this.message = new TabMessage("admin-account-message", calls);
        filter.setId("account-filter");
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.setOnAction(event -> {
            if (!refilling) {
                reload();
            }
        });
        table.setId("admin-accounts");
        table.getColumns().add(Tables.column(messages.get("admin.account.column.username"), StaffAccount::username, 260));
        table.getColumns().add(Tables.column(messages.get("admin.account.column.role"), a -> roleName(a.role()), 160));
        table.getColumns().add(Tables.column(messages.get("admin.account.column.partner"),
                a -> partnerName(a.partnerId()), 300));
        table.getColumns().add(Tables.column(messages.get("admin.account.column.status"),
                a -> messages.get(a.enabled() ? "admin.enabled" : "admin.disabled"), 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("admin.account.none")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, account) -> showChosen(account));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label filterLabel = new Label(messages.get("admin.account.filter"));
        VBox left = new VBox(8, filterLabel, filter, table);
        HBox.setHgrow(left, Priority.ALWAYS);
        partners.addListener((ListChangeListener<Partner>) change -> {
            refreshChoices();
            table.refresh();
        });
        refreshChoices();
        view = new HBox(16, left, forms());
        view.setPadding(new Insets(16));
        showChosen(null);
    }

    private Node forms() {
        Label newTitle = new Label(messages.get("admin.account.new"));
        newTitle.getStyleClass().add(Theme.SUBTITLE);
        username.setId("account-username");
        username.setPromptText(messages.get("admin.account.username"));
        password.setId("account-password");
        password.setPromptText(messages.get("admin.account.password", AdminConsole.MIN_PASSWORD));
        role.setId("account-role");
        role.setMaxWidth(Double.MAX_VALUE);
        role.setPromptText(messages.get("admin.account.role"));
        role.getItems().setAll(STAFF_ROLES);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : roleName(value);
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        owner.setId("account-partner");
        owner.setMaxWidth(Double.MAX_VALUE);
        Button create = new Button(messages.get("admin.account.create"));
        create.setId("account-create");
        create.getStyleClass().add(Theme.PRIMARY);
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(event -> create());

        Label chosenTitle = new Label(messages.get("admin.account.chosen"));
        chosenTitle.getStyleClass().add(Theme.SUBTITLE);
        chosen.setId("account-chosen");
        chosen.setWrapText(true);
        newPassword.setId("account-new-password");
        newPassword.setPromptText(messages.get("admin.account.password.new", AdminConsole.MIN_PASSWORD));
        reset.setId("account-reset");
        reset.setText(messages.get("admin.account.reset"));
        reset.setOnAction(event -> resetPassword());
        newPassword.setOnAction(event -> resetPassword());
        HBox resetRow = new HBox(8, newPassword, reset);
        HBox.setHgrow(newPassword, Priority.ALWAYS);
        toggle.setId("account-toggle");
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setOnAction(event -> toggle());
        VBox forms = new VBox(10, newTitle, username, password, role, owner, create, new Separator(), chosenTitle,
                chosen, resetRow, toggle, message.view());
        forms.setPrefWidth(440);
        forms.setMinWidth(440);
        return forms;
    }

    /** The filter's and the owner's lists follow the partners; what was picked stays picked. */
    private void refreshChoices() {
        String filtered = chosenPartnerId(filter);
        String owned = chosenPartnerId(owner);
        List<PartnerChoice> each = new ArrayList<>();
        partners.forEach(p -> each.add(new PartnerChoice(p, p.name())));
        List<PartnerChoice> filters = new ArrayList<>(List.of(new PartnerChoice(null, messages.get("admin.account.all"))));
        filters.addAll(each);
        List<PartnerChoice> owners = new ArrayList<>(List.of(new PartnerChoice(null, messages.get("admin.account.venue"))));
        owners.addAll(each);
        refilling = true;
        filter.getItems().setAll(filters);
        owner.getItems().setAll(owners);
        pick(filter, filtered);
        pick(owner, owned);
        refilling = false;
    }

    private static String chosenPartnerId(ComboBox<PartnerChoice> box) {
        PartnerChoice choice = box.getValue();
        return choice == null || choice.partner() == null ? null : choice.partner().id();
    }

    private static void pick(ComboBox<PartnerChoice> box, String partnerId) {
        box.getItems().stream()
                .filter(c -> partnerId == null ? c.partner() == null : c.partner() != null && c.partner().id().equals(partnerId))
                .findFirst().ifPresent(box::setValue);
    }

    /** Loads the accounts the filter asks for; on the FX thread. */
    void reload() {
        Partner only = filter.getValue() == null ? null : filter.getValue().partner();
        calls.read(() -> console.accounts(only), loaded -> {
            StaffAccount selected = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(loaded);
            if (selected != null) {
                select(selected.id());
            }
        });
    }

    private void create() {
        String user = username.getText();
        String secret = password.getText();
        Role chosenRole = role.getValue();
        Partner partner = owner.getValue() == null ? null : owner.getValue().partner();
        calls.write(() -> console.createAccount(user, secret, chosenRole, partner), created -> {
            username.clear();
            password.clear();
            Partner only = filter.getValue() == null ? null : filter.getValue().partner();
            if (only == null || only.id().equals(created.partnerId())) {
                table.getItems().add(created);
                select(created.id());
            }
            message.say(messages.get("admin.account.created", created.username(), roleName(created.role()),
                    partnerName(created.partnerId())));
        });
    }

    private void resetPassword() {
        StaffAccount account = table.getSelectionModel().getSelectedItem();
        if (account == null) {
            message.say(messages.get("admin.account.choose"));
            return;
        }
        String secret = newPassword.getText();
        calls.write(() -> console.resetPassword(account, secret), changed -> {
            newPassword.clear();
            replace(changed);
            message.say(messages.get("admin.account.reset.done", changed.username()));
        });
    }

    private void toggle() {
        StaffAccount account = table.getSelectionModel().getSelectedItem();
        if (account == null) {
            message.say(messages.get("admin.account.choose"));
            return;
        }
        boolean enable = !account.enabled();
        calls.write(() -> console.setEnabled(account, enable), changed -> {
            replace(changed);
            message.say(messages.get(changed.enabled() ? "admin.account.enabled" : "admin.account.disabled",
                    changed.username()));
        });
    }

    private void replace(StaffAccount changed) {
        ObservableList<StaffAccount> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(changed.id())) {
                items.set(i, changed);
            }
        }
        select(changed.id());
    }

    private void select(String accountId) {
        table.getItems().stream().filter(a -> a.id().equals(accountId)).findFirst().ifPresent(a -> {
            table.getSelectionModel().select(a);
            table.scrollTo(a);
        });
        showChosen(table.getSelectionModel().getSelectedItem());
    }

    private void showChosen(StaffAccount account) {
        boolean none = account == null;
        chosen.setText(none ? messages.get("admin.account.choose")
                : account.username() + " · " + roleName(account.role()) + " · " + partnerName(account.partnerId()));
        newPassword.setDisable(none);
        reset.setDisable(none);
        toggle.setDisable(none);
        toggle.setText(messages.get(none || account.enabled() ? "admin.account.disable" : "admin.account.enable"));
    }

    private String roleName(Role value) {
        return messages.get("admin.role." + value.name().toLowerCase(Locale.ROOT));
    }

    private String partnerName(String partnerId) {
        if (partnerId == null) {
            return messages.get("admin.account.venue");
        }
        return partners.stream().filter(p -> p.id().equals(partnerId)).map(Partner::name).findFirst().orElse(partnerId);
    }

    Node view() {
        return view;
    }
}
