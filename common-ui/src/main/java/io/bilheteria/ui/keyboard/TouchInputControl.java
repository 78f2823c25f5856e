package io.bilheteria.ui.keyboard;

import io.bilheteria.ui.i18n.Messages;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;

/**
 * On-screen keys that type into a target text field, for touch screens without a keyboard.
 *
 * <p>The keys never take the focus, so the target keeps its caret and its selection; typing goes
 * through {@link TextInputControl#replaceSelection}, so a {@code TextFormatter} on the target still
 * filters what is typed. Without a target, or with a disabled or read-only one, the keys do nothing.
 */
public abstract class TouchInputControl extends Control {

    private static final String STYLESHEET = Objects.requireNonNull(
            TouchInputControl.class.getResource("keyboard.css"), "keyboard.css beside the keyboard controls")
            .toExternalForm();

    private final Messages messages;
    private final ObjectProperty<TextInputControl> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty actionText = new SimpleStringProperty(this, "actionText");
    private final BooleanProperty actionDisable = new SimpleBooleanProperty(this, "actionDisable");
    private final ObjectProperty<EventHandler<ActionEvent>> onAction = new ObjectPropertyBase<>() {
        @Override
        protected void invalidated() {
            setEventHandler(ActionEvent.ACTION, get());
        }

        @Override
        public Object getBean() {
            return TouchInputControl.this;
        }

        @Override
        public String getName() {
            return "onAction";
        }
    };

    /**
     * @param messages the app's texts; the key labels follow its locale
     * @param actionTextKey the message key of the action key's default label
     */
    protected TouchInputControl(Messages messages, String actionTextKey) {
        this.messages = Objects.requireNonNull(messages);
        actionText.bind(messages.text(actionTextKey));
        setFocusTraversable(false);
    }

    /** The texts the key labels are read from. */
    public Messages getMessages() {
        return messages;
    }

    /** The field the keys type into. */
    public ObjectProperty<TextInputControl> targetProperty() {
        return target;
    }

    public TextInputControl getTarget() {
        return target.get();
    }

    public void setTarget(TextInputControl value) {
        target.set(value);
    }

    /** The action key's label; bound to the default label, rebind it for a screen's own word. */
    public StringProperty actionTextProperty() {
        return actionText;
    }

    public String getActionText() {
        return actionText.get();
    }

    /** Disables the action key, e.g. while the typed value is not valid yet. */
    public BooleanProperty actionDisableProperty() {
        return actionDisable;
    }

    public boolean isActionDisable() {
        return actionDisable.get();
    }

    public void setActionDisable(boolean value) {
        actionDisable.set(value);
    }

    /** Called with an {@link ActionEvent} when the action key (Done, OK) is pressed. */
    public ObjectProperty<EventHandler<ActionEvent>> onActionProperty() {
        return onAction;
    }

    public EventHandler<ActionEvent> getOnAction() {
        return onAction.get();
    }

    public void setOnAction(EventHandler<ActionEvent> value) {
        onAction.set(value);
    }

    /** Types text at the target's caret, replacing its selection. */
    public void type(String text) {
        editableTarget().ifPresent(field -> field.replaceSelection(text));
    }

    /** Deletes the selection, or else the character before the caret. */
    public void backspace() {
        editableTarget().ifPresent(TextInputControl::deletePreviousChar);
    }

    /** Empties the target. */
    public void clear() {
        editableTarget().ifPresent(TextInputControl::clear);
    }

    /** Fires the action, as the action key does, unless the action is disabled. */
    public void fireAction() {
        if (!isActionDisable()) {
            fireEvent(new ActionEvent());
        }
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    private Optional<TextInputControl> editableTarget() {
        return Optional.ofNullable(getTarget()).filter(field -> field.isEditable() && !field.isDisabled());
    }
}
