package io.bilheteria.ui.seatmap;

import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.ui.seatmap.skin.SeatMapLegendSkin;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The key to a {@link SeatMapView}: one entry per section (colour, name, price, or "sold out" once no seat of it
 * is available) and one per seat state (available, held, sold, selected, accessible), drawn exactly as the map
 * draws seats. It follows the map: new sessions, live status changes, stylesheet colours and locale.
 */
public class SeatMapLegend extends Control {
    /** Turns a price in cents of a currency (ISO 4217 code) into display text. */
    @FunctionalInterface
    public interface PriceFormatter {
        String format(long cents, String currency);
    }

    public enum Kind { SECTION, AVAILABLE, HELD, SOLD, SELECTED, ACCESSIBLE }

    /**
     * One line of the legend. {@code detail} is the formatted price, or the sold-out text, for a section, and
     * null for a state; {@code section} is null for a state.
     */
    public record Entry(Kind kind, String label, String detail, Section section, boolean soldOut) {
    }

    private static final String STYLE_CLASS = "seat-map-legend";

    private final SeatMapView map;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ObjectProperty<PriceFormatter> priceFormatter = new SimpleObjectProperty<>(this, "priceFormatter") {
        @Override
        protected void invalidated() {
            refresh();
        }
    };

    /** A legend for {@code map}. */
    public SeatMapLegend(SeatMapView map) {
        this.map = Objects.requireNonNull(map);
        getStyleClass().add(STYLE_CLASS);
        map.seatMapProperty().addListener((obs, old, now) -> refresh());
        map.localeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public final SeatMapView getSeatMapView() {
        return map;
    }

    /** Sections first, in the map's order, then the seat states; read-only, kept up to date. */
    public final ObservableList<Entry> getEntries() {
        return readOnlyEntries;
    }

    /**
     * How prices are written; null (the default) formats with {@link NumberFormat#getCurrencyInstance} for the
     * map's locale. Apps pass the shared money format here.
     */
    public final ObjectProperty<PriceFormatter> priceFormatterProperty() {
        return priceFormatter;
    }

    public final PriceFormatter getPriceFormatter() {
        return priceFormatter.get();
    }

    public final void setPriceFormatter(PriceFormatter formatter) {
        priceFormatter.set(formatter);
    }

    private void refresh() {
        Locale locale = map.getLocale();
        ResourceBundle text = SeatMapView.texts(locale);
        List<Entry> fresh = new ArrayList<>();
        SeatMap seatMap = map.getSeatMap();
        if (seatMap != null) {
            for (Section section : seatMap.sections()) {
                // a section whose seats are not laid out yet has nothing to sell out
                boolean soldOut = map.seatCount(section.id()) > 0 && map.availableSeatCount(section.id()) == 0;
                String detail = soldOut ? text.getString("legend.soldOut") : formatPrice(section, locale);
                fresh.add(new Entry(Kind.SECTION, section.name(), detail, section, soldOut));
            }
        }
        for (Kind kind : List.of(Kind.AVAILABLE, Kind.HELD, Kind.SOLD, Kind.SELECTED, Kind.ACCESSIBLE)) {
            fresh.add(new Entry(kind, text.getString("legend." + kind.name()), null, null, false));
        }
        // status updates arrive often and rarely change the legend: leave the nodes alone unless it did
        if (!fresh.equals(entries)) {
            entries.setAll(fresh);
        }
    }

    private String formatPrice(Section section, Locale locale) {
        PriceFormatter formatter = getPriceFormatter();
        if (formatter != null) {
            return formatter.format(section.priceCents(), section.currency());
        }
        Currency currency = Currency.getInstance(section.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(BigDecimal.valueOf(section.priceCents(), Math.max(currency.getDefaultFractionDigits(), 0)));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SeatMapLegendSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return SeatMapLegend.class.getResource("seatmap.css").toExternalForm();
    }
}
