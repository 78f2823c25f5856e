package io.bilheteria.boxoffice.admin;

import io.bilheteria.api.admin.Partner;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.InlineTaskExecutor;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.ZoneId;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the admin's view models share, without a stage: the admin's account on the real backend, calls run inline, the partners' list. */
final class AdminDesk {
    static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");
    final LocalBackend backend;
    final Messages messages = new Messages(Messages.PT_BR, AdminScreen.BUNDLE, BoxOfficeWindow.BUNDLE);
    final TaskExecutor tasks = new InlineTaskExecutor();
    final ObservableList<Partner> partners = FXCollections.observableArrayList();
    final AdminConsole console;

    AdminDesk(LocalBackend backend) {
        this.backend = backend;
        BilheteriaClient client = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
        this.console = new AdminConsole(new TerminalBackend(client, "admin", "demo-admin"), messages);
    }

    /** The partner with this name, as the backend has it now. */
    Partner partner(String name) {
        return backend.as("admin").partners().items().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
