package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.admin.StaffAccount;
import io.bilheteria.api.auth.Role;
import io.bilheteria.boxoffice.admin.AccountsViewModel.PartnerChoice;
import io.bilheteria.boxoffice.picks.Picks;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.collections.ListChangeListener;
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

/** The staff accounts' table, filtered by partner, beside the forms for a new one and the one picked, as {@link AccountsViewModel} holds them. */
final class AccountsTab {
    private final HBox view;

    AccountsTab(AccountsViewModel model, Messages messages) {
        ComboBox<PartnerChoice> filter = new ComboBox<>(model.filters());
        filter.setId("account-filter");
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.valueProperty().bindBidirectional(model.filterProperty());
        TableView<StaffAccount> table = new TableView<>(model.accounts());
        table.setId("admin-accounts");
        table.getColumns().add(Tables.column(messages.get("admin.account.column.username"), StaffAccount::username, 260));
        table.getColumns().add(Tables.column(messages.get("admin.account.column.role"), a -> model.roleName(a.role()), 160));
        table.getColumns().add(Tables.column(messages.get("admin.account.column.partner"),
                a -> model.partnerName(a.partnerId()), 300));
        table.getColumns().add(Tables.column(messages.get("admin.account.column.status"), model::statusText, 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("admin.account.none")));
        Picks.follow(table.getSelectionModel(), model.pickedProperty(), model::pick, table::scrollTo);
        // a partner renamed or added shows in the partner column
        model.owners().addListener((ListChangeListener<PartnerChoice>) change -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, new Label(messages.get("admin.account.filter")), filter, table);
        HBox.setHgrow(left, Priority.ALWAYS);
        view = new HBox(16, left, forms(model, messages));
        view.setPadding(new Insets(16));
    }

    private static Node forms(AccountsViewModel model, Messages messages) {
        Label newTitle = new Label(messages.get("admin.account.new"));
        newTitle.getStyleClass().add(Theme.SUBTITLE);
        TextField username = new TextField();
        username.setId("account-username");
        username.setPromptText(messages.get("admin.account.username"));
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("account-password");
        password.setPromptText(messages.get("admin.account.password", AdminConsole.MIN_PASSWORD));
        password.textProperty().bindBidirectional(model.passwordProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("account-role");
        role.setMaxWidth(Double.MAX_VALUE);
        role.setPromptText(messages.get("admin.account.role"));
        role.getItems().setAll(AccountsViewModel.STAFF_ROLES);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : model.roleName(value);
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        role.valueProperty().bindBidirectional(model.roleProperty());
        ComboBox<PartnerChoice> owner = new ComboBox<>(model.owners());
        owner.setId("account-partner");
        owner.setMaxWidth(Double.MAX_VALUE);
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        Button create = new Button(messages.get("admin.account.create"));
        create.setId("account-create");
        create.getStyleClass().add(Theme.PRIMARY);
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(event -> model.create());

        Label chosenTitle = new Label(messages.get("admin.account.chosen"));
        chosenTitle.getStyleClass().add(Theme.SUBTITLE);
        Label chosen = new Label();
        chosen.setId("account-chosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.chosenProperty());
        PasswordField newPassword = new PasswordField();
        newPassword.setId("account-new-password");
        newPassword.setPromptText(messages.get("admin.account.password.new", AdminConsole.MIN_PASSWORD));
        newPassword.textProperty().bindBidirectional(model.newPasswordProperty());
        newPassword.disableProperty().bind(model.accountPickedProperty().not());
        newPassword.setOnAction(event -> model.resetPassword());
        Button reset = new Button(messages.get("admin.account.reset"));
        reset.setId("account-reset");
        reset.disableProperty().bind(model.accountPickedProperty().not());
        reset.setOnAction(event -> model.resetPassword());
        HBox resetRow = new HBox(8, newPassword, reset);
        HBox.setHgrow(newPassword, Priority.ALWAYS);
        Button toggle = new Button();
        toggle.setId("account-toggle");
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.textProperty().bind(model.toggleTextProperty());
        toggle.disableProperty().bind(model.accountPickedProperty().not());
        toggle.setOnAction(event -> model.toggle());
        VBox forms = new VBox(10, newTitle, username, password, role, owner, create, new Separator(), chosenTitle,
                chosen, resetRow, toggle, new TabMessage("admin-account-message", model.messageProperty()).view());
        forms.setPrefWidth(440);
        forms.setMinWidth(440);
        return forms;
    }

    Node view() {
        return view;
    }
}
