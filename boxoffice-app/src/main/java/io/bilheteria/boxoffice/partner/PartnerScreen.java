package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.boxoffice.picks.Picks;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A partner's back office at a desk, by mouse and keyboard: its events on the left (typed text
 * filters them; an event code and Enter opens an event that is not in the list, which the backend
 * refuses when it is another partner's), and the picked event in tabs: the event itself, its
 * sessions, its sections with their seat layouts, its products, its sales. "New event" starts an
 * empty one; the other tabs open once it is saved. The decisions are the models' ({@link PartnerViewModel}
 * and one per tab); this lays them out.
 */
public final class PartnerScreen {
    public static final String BUNDLE = "io.bilheteria.boxoffice.partner.partner";
    private final PartnerViewModel model;
    private final Messages messages;
    private final BorderPane view = new BorderPane();
    private final TextField find = new TextField();
    private final TabPane tabs = new TabPane();
    private final EventTab eventTab;

    /**
     * @param backend the partner's account: its calls sign in again by themselves when the token runs out
     * @param zone    the venue's time zone, in which sessions are written and sales are counted by hour and day
     */
    public PartnerScreen(Locale locale, TerminalBackend backend, TaskExecutor tasks, ZoneId zone, String username,
                         Runnable signOut) {
        messages = new Messages(locale, BUNDLE);
        BackendCalls calls = new BackendCalls(tasks, messages);
        PartnerMessageViewModel message = new PartnerMessageViewModel(messages, calls);
        model = new PartnerViewModel(backend, calls, message);
        Inputs inputs = new Inputs(messages);
        EventViewModel event = new EventViewModel(backend, calls, message, inputs, model::saved);
        SessionsViewModel sessions = new SessionsViewModel(backend, calls, message, inputs, zone, model::saved);
        SectionsViewModel sections = new SectionsViewModel(backend, calls, message, inputs, zone);
        ProductsViewModel products = new ProductsViewModel(backend, calls, message, inputs);
        SalesViewModel sales = new SalesViewModel(backend, calls, message, zone,
                Path.of(System.getProperty("user.home")));
        model.detailedBy(List.of(event, sessions, sections, products, sales));

        eventTab = new EventTab(event, messages);
        SessionsTab sessionsTab = new SessionsTab(sessions, messages);
        SectionsTab sectionsTab = new SectionsTab(sections, messages);
        ProductsTab productsTab = new ProductsTab(products, messages);
        SalesTab salesTab = new SalesTab(sales, messages);
        tabs.getTabs().addAll(eventTab.tab(), sessionsTab.tab(), sectionsTab.tab(), productsTab.tab(), salesTab.tab());
        // the tabs other than the event's need a saved event
        tabs.getTabs().stream().filter(tab -> tab != eventTab.tab())
                .forEach(tab -> tab.disableProperty().bind(model.eventOpenProperty().not()));
        tabs.setId("partner-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        PartnerMessage line = new PartnerMessage(message);
        view.getStyleClass().add("partner-screen");
        view.getStylesheets().add(Objects.requireNonNull(PartnerScreen.class.getResource("partner.css")).toExternalForm());
        view.setTop(header(username, signOut));
        view.setLeft(eventList());
        view.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(8, 12, 0, 0));
        view.setBottom(line.view());
        BorderPane.setMargin(line.view(), new Insets(8, 12, 12, 12));
        startNew();
    }

    private Node header(String username, Runnable signOut) {
        Label title = new Label(messages.get("partner.title"));
        title.getStyleClass().add(Theme.TITLE);
        Label who = new Label(messages.get("partner.signedInAs", username));
        who.setId("partner-user");
        who.getStyleClass().add(Theme.MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button out = new Button(messages.get("partner.signOut"));
        out.setId("partner-sign-out");
        out.getStyleClass().add(Theme.SECONDARY);
        out.setOnAction(event -> signOut.run());
        HBox header = new HBox(16, title, gap, who, out);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("partner-header");
        return header;
    }

    private Node eventList() {
        Label title = new Label(messages.get("partner.events"));
        title.getStyleClass().add(Theme.SUBTITLE);
        find.setId("partner-find");
        find.setPromptText(messages.get("partner.find"));
        find.textProperty().bindBidirectional(model.findProperty());
        find.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                model.findOrOpen();
                key.consume();
            }
        });
        ListView<EventSummary> events = new ListView<>(model.events());
        events.setId("partner-events");
        events.setPlaceholder(new Label(messages.get("partner.events.none")));
        events.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EventSummary event, boolean empty) {
                super.updateItem(event, empty);
                setText(empty || event == null ? null : model.line(event));
            }
        });
        Picks.follow(events.getSelectionModel(), model.pickedProperty(), model::pick, events::scrollTo);
        VBox.setVgrow(events, Priority.ALWAYS);
        Button create = new Button(messages.get("partner.events.new"));
        create.setId("partner-new-event");
        create.getStyleClass().add(Theme.PRIMARY);
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(event -> startNew());
        VBox column = new VBox(8, title, find, events, create);
        column.setPadding(new Insets(8, 12, 0, 12));
        column.setPrefWidth(360);
        return column;
    }

    /** A new event: written in the event's tab, from its title. */
    private void startNew() {
        model.startNew();
        tabs.getSelectionModel().select(eventTab.tab());
        eventTab.focusTitle();
    }

    /** Loads the partner's events; on the FX thread, once shown. */
    public void open() {
        model.open();
    }

    public Node view() {
        return view;
    }

    public void focus() {
        find.requestFocus();
    }
}
