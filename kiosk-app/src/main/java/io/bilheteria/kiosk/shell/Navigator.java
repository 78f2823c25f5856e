package io.bilheteria.kiosk.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** Swaps the screen shown in the shell's screen layer; on the FX thread only. */
public final class Navigator {
    private final StackPane layer;
    private final Map<Place, Supplier<Screen>> factories = new EnumMap<>(Place.class);
    private final Map<Place, Screen> built = new EnumMap<>(Place.class);
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>(this, "place");
    private Screen current;

    public Navigator(StackPane layer) {
        this.layer = layer;
    }

    /** Screens are built on first visit, so start-up shows the attract screen sooner. */
    public void register(Place where, Supplier<Screen> factory) {
        factories.put(where, factory);
    }

    public void go(Place where) {
        Supplier<Screen> factory = factories.get(where);
        if (factory == null) {
            throw new IllegalStateException("no screen registered for " + where);
        }
        Screen next = built.computeIfAbsent(where, p -> factory.get());
        if (current != null && current != next) {
            current.hidden();
        }
        current = next;
        Node view = next.view();
        layer.getChildren().setAll(view);
        place.set(where);
        next.shown();
    }

    public ReadOnlyObjectProperty<Place> placeProperty() {
        return place.getReadOnlyProperty();
    }

    public Place getPlace() {
        return place.get();
    }
}
