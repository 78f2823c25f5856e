package io.bilheteria.boxoffice.login;

import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.client.UnauthorizedException;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff sign-in, by keyboard: type the user, Tab, the password, Enter. The call runs in the
 * background; a wrong password or an unreachable server is said in plain words under the
 * fields, which keep what was typed except the password. With the server unreachable, a gate
 * account that signed in here lately still gets in ({@link StaffSignIn}).
 */
public final class LoginScreen {
    private static final Logger log = LoggerFactory.getLogger(LoginScreen.class);
    private final VBox view;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label message = new Label();
    private final Button signIn;

    /**
     * @param onSignedIn called on the FX thread once signed in, online or offline
     */
    public LoginScreen(Messages messages, StaffSignIn staff, TaskExecutor tasks, Consumer<StaffSignIn.SignedIn> onSignedIn) {
        Label title = new Label();
        title.textProperty().bind(messages.text("login.title"));
        title.getStyleClass().add(Theme.TITLE);
        username.setId("login-username");
        username.promptTextProperty().bind(messages.text("login.username"));
        password.setId("login-password");
        password.promptTextProperty().bind(messages.text("login.password"));
        message.setId("login-message");
        message.setWrapText(true);
        signIn = new Button();
        signIn.setId("login-submit");
        signIn.textProperty().bind(messages.text("login.submit"));
        signIn.getStyleClass().add(Theme.PRIMARY);
        signIn.setDefaultButton(true);
        signIn.setOnAction(event -> submit(messages, staff, tasks, onSignedIn));

        view = new VBox(16, title, labelled(messages, "login.username", username),
                labelled(messages, "login.password", password), signIn, message);
        view.setAlignment(Pos.CENTER);
        view.setMaxWidth(480);
        view.getStyleClass().add("login-screen");
    }

    /** A field with its name above it: the prompt inside disappears as soon as the field has the focus. */
    private static Node labelled(Messages messages, String key, TextField field) {
        Label name = new Label();
        name.textProperty().bind(messages.text(key));
        name.setLabelFor(field);
        return new VBox(4, name, field);
    }

    private void submit(Messages messages, StaffSignIn staff, TaskExecutor tasks,
                        Consumer<StaffSignIn.SignedIn> onSignedIn) {
        String user = username.getText().trim();
        String secret = password.getText();
        if (user.isEmpty() || secret.isEmpty()) {
            message.setText(messages.get("login.missing"));
            return;
        }
        signIn.setDisable(true);
        message.setText(messages.get("login.working"));
        BackgroundTask.of(() -> staff.signIn(user, secret))
                .onSuccess(signedIn -> {
                    signIn.setDisable(false);
                    password.clear();
                    message.setText("");
                    onSignedIn.accept(signedIn);
                })
                .onFailure(error -> {
                    logFailure(user, error);
                    signIn.setDisable(false);
                    password.clear();
                    password.requestFocus();
                    message.setText(messages.get(error instanceof UnauthorizedException
                            ? "login.refused" : "login.unreachable"));
                })
                .executeWith(tasks);
    }

    /** The screen says only "refused" or "unreachable"; the log keeps what really went wrong. */
    private static void logFailure(String user, Throwable error) {
        if (error instanceof BackendUnavailableException) {
            log.info("sign-in of {} did not reach the backend: {}", user, error.getMessage());
        } else if (!(error instanceof UnauthorizedException)) {
            log.warn("sign-in of {} failed", user, error);
        }
    }

    /** Shows a sentence under the fields, e.g. why the last account cannot use this screen. */
    public void say(String text) {
        message.setText(text);
    }

    public Node view() {
        return view;
    }

    public void focus() {
        username.requestFocus();
    }
}
