package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.boxoffice.picks.Picks;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
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

/** The partners' table beside the forms for a new one and for the one picked, as {@link PartnersViewModel} holds them. */
final class PartnersTab {
    private final HBox view;

    PartnersTab(PartnersViewModel model, Messages messages) {
        TableView<Partner> table = new TableView<>(model.partners());
        table.setId("admin-partners");
        table.getColumns().add(Tables.column(messages.get("admin.partner.column.name"), Partner::name, 320));
        table.getColumns().add(Tables.column(messages.get("admin.partner.column.fee"), model::feeText, 140));
        table.getColumns().add(Tables.column(messages.get("admin.partner.column.status"), model::statusText, 160));
        table.getColumns().add(Tables.column(messages.get("admin.partner.column.since"), model::sinceText, 160));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("admin.partner.none")));
        Picks.follow(table.getSelectionModel(), model.pickedProperty(), model::pick, table::scrollTo);
        HBox.setHgrow(table, Priority.ALWAYS);
        view = new HBox(16, table, forms(model, messages));
        view.setPadding(new Insets(16));
    }

    private static Node forms(PartnersViewModel model, Messages messages) {
        Label newTitle = new Label(messages.get("admin.partner.new"));
        newTitle.getStyleClass().add(Theme.SUBTITLE);
        TextField newName = new TextField();
        newName.setId("partner-name");
        newName.setPromptText(messages.get("admin.partner.name"));
        newName.textProperty().bindBidirectional(model.newNameProperty());
        TextField newFee = new TextField();
        newFee.setId("partner-fee");
        newFee.setPromptText(messages.get("admin.partner.fee.default"));
        newFee.textProperty().bindBidirectional(model.newFeeProperty());
        newFee.setOnAction(event -> model.create());
        Button create = new Button(messages.get("admin.partner.create"));
        create.setId("partner-create");
        create.getStyleClass().add(Theme.PRIMARY);
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(event -> model.create());

        Label chosenTitle = new Label(messages.get("admin.partner.chosen"));
        chosenTitle.getStyleClass().add(Theme.SUBTITLE);
        Label chosen = new Label();
        chosen.setId("partner-chosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.chosenProperty());
        TextField fee = new TextField();
        fee.setId("partner-new-fee");
        fee.setPromptText(messages.get("admin.partner.fee"));
        fee.textProperty().bindBidirectional(model.feeProperty());
        fee.disableProperty().bind(model.partnerPickedProperty().not());
        fee.setOnAction(event -> model.saveFee());
        Button saveFee = new Button(messages.get("admin.partner.fee.save"));
        saveFee.setId("partner-save-fee");
        saveFee.disableProperty().bind(model.partnerPickedProperty().not());
        saveFee.setOnAction(event -> model.saveFee());
        HBox feeRow = new HBox(8, fee, saveFee);
        HBox.setHgrow(fee, Priority.ALWAYS);
        Button toggle = new Button();
        toggle.setId("partner-toggle");
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.textProperty().bind(model.toggleTextProperty());
        toggle.disableProperty().bind(model.partnerPickedProperty().not());
        model.toggleDisablesProperty().addListener((obs, was, disables) -> {
            toggle.getStyleClass().remove(Theme.DANGER);
            if (disables) {
                toggle.getStyleClass().add(Theme.DANGER);
            }
        });
        toggle.setOnAction(event -> model.toggle());
        VBox forms = new VBox(10, newTitle, newName, newFee, create, new Separator(), chosenTitle, chosen, feeRow,
                toggle, new TabMessage("admin-partner-message", model.messageProperty()).view());
        forms.setPrefWidth(440);
        forms.setMinWidth(440);
        return forms;
    }

    Node view() {
        return view;
    }
}
