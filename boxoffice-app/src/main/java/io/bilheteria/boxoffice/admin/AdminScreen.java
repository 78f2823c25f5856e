package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The admin's back office, for mouse and keyboard at a desk: partners (create, fee, disable),
 * staff accounts (create, reset a password, disable) and the totals across partners, one tab
 * each (Ctrl+Tab moves between them, F5 reloads the one shown, F10 or the button signs out).
 */
public final class AdminScreen {
    /** The admin's texts; the box office's own bundle is searched after it. */
    public static final String BUNDLE = "io.bilheteria.boxoffice.admin.admin";
    private final BorderPane view = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final PartnersViewModel partners;
    private final AccountsViewModel accounts;
    private final TotalsViewModel totals;

    /**
     * @param messages texts of {@link #BUNDLE} then the box office's
     * @param signOut called on the FX thread when the admin signs out
     */
    public AdminScreen(Messages messages, TerminalBackend backend, TaskExecutor tasks, ZoneId zone, String adminName,
                       Runnable signOut) {
        AdminConsole console = new AdminConsole(backend, messages);
        ObservableList<Partner> known = FXCollections.observableArrayList();
        partners = new PartnersViewModel(messages, console, known, tasks, zone);
        accounts = new AccountsViewModel(messages, console, known, tasks);
        totals = new TotalsViewModel(messages, console, tasks);
        Tab partnersView = tab(messages.get("admin.tab.partners"), "admin-tab-partners",
                new PartnersTab(partners, messages).view());
        Tab accountsView = tab(messages.get("admin.tab.accounts"), "admin-tab-accounts",
                new AccountsTab(accounts, messages).view());
        Tab totalsView = tab(messages.get("admin.tab.totals"), "admin-tab-totals", new TotalsTab(totals, messages).view());
        tabs.getTabs().setAll(List.of(partnersView, accountsView, totalsView));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, shown) -> reload(shown));
        view.getStyleClass().add("admin-screen");
        view.getStylesheets().add(AdminScreen.class.getResource("admin.css").toExternalForm());
        view.setTop(header(messages, adminName, signOut));
        view.setCenter(tabs);
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F10) {
                signOut.run();
                event.consume();
            } else if (event.getCode() == KeyCode.F5) {
                reload(tabs.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        partners.reload();
        accounts.reload();
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private Node header(Messages messages, String adminName, Runnable signOut) {
        Label title = new Label(messages.get("admin.title", adminName));
        title.getStyleClass().add(Theme.TITLE);
        Label keys = new Label(messages.get("admin.keys"));
        keys.getStyleClass().add(Theme.MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button leave = new Button(messages.get("admin.signout"));
        leave.setId("admin-signout");
        leave.setOnAction(event -> signOut.run());
        HBox header = new HBox(16, new VBox(4, title, keys), gap, leave);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(12, 16, 12, 16));
        header.getStyleClass().add("admin-header");
        return header;
    }

    private void reload(Tab shown) {
        switch (tabs.getTabs().indexOf(shown)) {
            case 0 -> partners.reload();
            case 1 -> accounts.reload();
            case 2 -> totals.reload();
            default -> {
            }
        }
    }

    public Node view() {
        return view;
    }

    public void focus() {
        tabs.requestFocus();
    }
}
