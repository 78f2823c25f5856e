package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.ZoneId;
import java.util.Comparator;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The partners: a table, a form for a new one (name and fee, 10 % when left blank), and for
 * the partner chosen in the table its fee and a switch that disables it (asked twice, since
 * its logins stop and its events leave sale) or enables it again.
 */
final class PartnersTab {
    private final Messages messages;
    private final AdminConsole console;
    private final ObservableList<Partner> partners;
    private final BackendCalls calls;
    private final TabMessage message;
    private final TableView<Partner> table = new TableView<>();
    private final TextField newName = new TextField();
    private final TextField newFee = new TextField();
    private final Label chosen = new Label();
    private final TextField fee = new TextField();
    private final Button saveFee = new Button();
    private final Button toggle = new Button();
    private final HBox view;
    /** The partner a first click asked to disable; the second click on the same one does it. */
    private Partner disableAsked;

    PartnersTab(Messages messages, AdminConsole console, ObservableList<Partner> partners, TaskExecutor tasks,
                ZoneId zone) {
        this.messages = messages;
        this.console = console;
        this.partners = partners;
        this.calls = new BackendCalls(tasks, messages);
        this.message = new TabMessage("admin-partner-message", calls);
        table.setId("admin-partners");
        table.setItems(partners);
        table.getColumns().add(Tables.column(messages.get("admin.partner.column.name"), Partner::name, 320));
        table.getColumns().add(Tables.column(messages.get("admin.partner.column.fee"),
                p -> AdminConsole.feePercent(p.feeBps(), messages.getLocale()), 140));
        table.getColumns().add(Tables.column(messages.get("admin.partner.column.status"),
                p -> messages.get(p.enabled() ? "admin.enabled" : "admin.disabled"), 160));
        table.getColumns().add(Tables.column(messages.get("admin.partner.column.since"),
                p -> Formats.date(p.createdAt(), zone, messages.getLocale()), 160));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("admin.partner.none")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, partner) -> showChosen(partner));
        HBox.setHgrow(table, Priority.ALWAYS);
        view = new HBox(16, table, forms());
        view.setPadding(new Insets(16));
        showChosen(null);
    }

    private Node forms() {
        Label newTitle = new Label(messages.get("admin.partner.new"));
        newTitle.getStyleClass().add(Theme.SUBTITLE);
        newName.setId("partner-name");
        newName.setPromptText(messages.get("admin.partner.name"));
        newFee.setId("partner-fee");
        newFee.setPromptText(messages.get("admin.partner.fee.default"));
        Button create = new Button(messages.get("admin.partner.create"));
        create.setId("partner-create");
        create.getStyleClass().add(Theme.PRIMARY);
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(event -> create());
        newFee.setOnAction(event -> create());

        Label chosenTitle = new Label(messages.get("admin.partner.chosen"));
        chosenTitle.getStyleClass().add(Theme.SUBTITLE);
        chosen.setId("partner-chosen");
        chosen.setWrapText(true);
        fee.setId("partner-new-fee");
        fee.setPromptText(messages.get("admin.partner.fee"));
        saveFee.setId("partner-save-fee");
        saveFee.setText(messages.get("admin.partner.fee.save"));
        saveFee.setOnAction(event -> saveFee());
        fee.setOnAction(event -> saveFee());
        HBox feeRow = new HBox(8, fee, saveFee);
        HBox.setHgrow(fee, Priority.ALWAYS);
        toggle.setId("partner-toggle");
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setOnAction(event -> toggle());
        VBox forms = new VBox(10, newTitle, newName, newFee, create, new Separator(), chosenTitle, chosen, feeRow,
                toggle, message.view());
        forms.setPrefWidth(440);
        forms.setMinWidth(440);
        return forms;
    }

    /** Loads the partners; on the FX thread. */
    void reload() {
        calls.read(console::partners, loaded -> {
            Partner selected = table.getSelectionModel().getSelectedItem();
            partners.setAll(loaded);
            if (selected != null) {
                select(selected.id());
            }
        });
    }

    private void create() {
        String name = newName.getText();
        String percent = newFee.getText();
        calls.write(() -> console.createPartner(name, percent), created -> {
            partners.add(created);
            partners.sort(Comparator.comparing(Partner::name, String.CASE_INSENSITIVE_ORDER));
            newName.clear();
            newFee.clear();
            select(created.id());
            message.say(messages.get("admin.partner.created", created.name(),
                    AdminConsole.feePercent(created.feeBps(), messages.getLocale())));
        });
    }

    private void saveFee() {
        Partner partner = table.getSelectionModel().getSelectedItem();
        if (partner == null) {
            message.say(messages.get("admin.partner.choose"));
            return;
        }
        String percent = fee.getText();
        calls.write(() -> console.setFee(partner, percent), changed -> {
            replace(changed);
            message.say(messages.get("admin.partner.fee.saved", changed.name(),
                    AdminConsole.feePercent(changed.feeBps(), messages.getLocale())));
        });
    }

    private void toggle() {
        Partner partner = table.getSelectionModel().getSelectedItem();
        if (partner == null) {
            message.say(messages.get("admin.partner.choose"));
            return;
        }
        if (partner.enabled() && (disableAsked == null || !disableAsked.id().equals(partner.id()))) {
            disableAsked = partner;
            toggle.setText(messages.get("admin.partner.disable.confirm"));
            message.say(messages.get("admin.partner.disable.question", partner.name()));
            return;
        }
        disableAsked = null;
        boolean enable = !partner.enabled();
        calls.write(() -> console.setEnabled(partner, enable), changed -> {
            replace(changed);
            message.say(messages.get(changed.enabled() ? "admin.partner.enabled" : "admin.partner.disabled",
                    changed.name()));
        });
    }

    private void replace(Partner changed) {
        for (int i = 0; i < partners.size(); i++) {
            if (partners.get(i).id().equals(changed.id())) {
                partners.set(i, changed);
            }
        }
        select(changed.id());
    }

    private void select(String partnerId) {
        partners.stream().filter(p -> p.id().equals(partnerId)).findFirst().ifPresent(p -> {
            table.getSelectionModel().select(p);
            table.scrollTo(p);
        });
        showChosen(table.getSelectionModel().getSelectedItem());
    }

    private void showChosen(Partner partner) {
        disableAsked = null;
        boolean none = partner == null;
        chosen.setText(none ? messages.get("admin.partner.choose") : partner.name());
        fee.setText(none ? "" : AdminConsole.feePercent(partner.feeBps(), messages.getLocale()));
        fee.setDisable(none);
        saveFee.setDisable(none);
        toggle.setDisable(none);
        toggle.setText(messages.get(none || partner.enabled() ? "admin.partner.disable" : "admin.partner.enable"));
        toggle.getStyleClass().remove(Theme.DANGER);
        if (!none && partner.enabled()) {
            toggle.getStyleClass().add(Theme.DANGER);
        }
    }

    Node view() {
        return view;
    }
}
