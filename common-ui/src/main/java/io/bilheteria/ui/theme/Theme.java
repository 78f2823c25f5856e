package io.bilheteria.ui.theme;

import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The Bilheteria look: {@code bilheteria.css} on a scene, plus a density class on its root.
 *
 * <p>The stylesheet defines looked-up colours on {@code .root} that every screen and control may
 * use: {@code -bt-bg}, {@code -bt-fg}, {@code -bt-surface}, {@code -bt-border}, {@code -bt-muted},
 * {@code -bt-accent}, {@code -bt-accent-fg}, {@code -bt-danger}, {@code -bt-danger-fg},
 * {@code -bt-success}, {@code -bt-success-fg}, {@code -bt-warning}, {@code -bt-warning-fg},
 * {@code -bt-focus}, {@code -bt-key-bg}, {@code -bt-key-pressed}. The style class constants below
 * name the shared styles.
 */
public final class Theme {

    /** How dense the layout is: the kiosk is read from a metre away, the box office from a desk. */
    public enum Density {
        /** Base font 20 px, touch targets at least 64 px. */
        KIOSK("kiosk"),
        /** Base font 14 px, for a cashier with mouse and keyboard. */
        DESK("desk");

        private final String styleClass;

        Density(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    /** Button: the one main action of a screen. */
    public static final String PRIMARY = "primary";
    /** Button: an alternative action. */
    public static final String SECONDARY = "secondary";
    /** Button: an action that cancels, refunds or deletes. */
    public static final String DANGER = "danger";
    /** A raised panel grouping one thing (an event, an order line). */
    public static final String CARD = "card";
    /** The big heading of a screen. */
    public static final String TITLE = "title";
    /** A heading under the title. */
    public static final String SUBTITLE = "subtitle";
    /** Quieter text: hints, small print. */
    public static final String MUTED = "muted";
    /** A full-width message strip; add one of the three kinds below. */
    public static final String BANNER = "banner";
    public static final String BANNER_ERROR = "error";
    public static final String BANNER_SUCCESS = "success";
    public static final String BANNER_INFO = "info";

    private static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("bilheteria.css"), "bilheteria.css beside Theme").toExternalForm();
    private static final String ROOT_LISTENER_KEY = Theme.class.getName() + ".rootListener";

    private Theme() {
    }

    /** The URL of {@code bilheteria.css}, for {@code getStylesheets().add(...)}. */
    public static String stylesheet() {
        return STYLESHEET;
    }

    /**
     * Adds the stylesheet to the scene and the density's style class to its root, keeping that
     * class on every root the app puts in the scene later. Calling it again switches the density.
     */
    public static void apply(Scene scene, Density density) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        Object previous = scene.getProperties().remove(ROOT_LISTENER_KEY);
        if (previous instanceof ChangeListener<?> listener) {
            @SuppressWarnings("unchecked")
            ChangeListener<Parent> rootListener = (ChangeListener<Parent>) listener;
            scene.rootProperty().removeListener(rootListener);
        }
        ChangeListener<Parent> rootListener = (observable, oldRoot, newRoot) -> markDensity(newRoot, density);
        scene.rootProperty().addListener(rootListener);
        scene.getProperties().put(ROOT_LISTENER_KEY, rootListener);
        markDensity(scene.getRoot(), density);
    }

    private static void markDensity(Parent root, Density density) {
        if (root == null) {
            return;
        }
        for (Density other : Density.values()) {
            root.getStyleClass().remove(other.styleClass());
        }
        root.getStyleClass().add(density.styleClass());
    }
}
