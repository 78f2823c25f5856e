package io.bilheteria.ui.qr;

import io.bilheteria.ui.qr.internal.QrCodeViewSkin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Shows a QR code (error correction M, quiet zone of {@link #quietZoneProperty() 4 modules}) for a
 * text payload. Every module is a whole number of device pixels, so the code is sharp at any size;
 * the code is the largest that fits in {@link #sizeProperty() size} and is centred in it.
 *
 * <p>Style class {@code qr-code-view}; CSS properties {@code -qr-dark-color} and
 * {@code -qr-light-color}; pseudo-class {@code :unencodable} when the payload is too long for a QR
 * code, in which case nothing is drawn.
 */
public class QrCodeView extends Control {

    private static final String STYLESHEET = Objects.requireNonNull(
            QrCodeView.class.getResource("qr-code-view.css"), "qr-code-view.css beside QrCodeView").toExternalForm();
    private static final PseudoClass UNENCODABLE = PseudoClass.getPseudoClass("unencodable");

    private static final CssMetaData<QrCodeView, Paint> DARK_COLOR = new CssMetaData<>(
            "-qr-dark-color", PaintConverter.getInstance(), Color.BLACK) {
        @Override
        public boolean isSettable(QrCodeView view) {
            return !view.darkColor.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(QrCodeView view) {
            return view.darkColor;
        }
    };
    private static final CssMetaData<QrCodeView, Paint> LIGHT_COLOR = new CssMetaData<>(
            "-qr-light-color", PaintConverter.getInstance(), Color.WHITE) {
        @Override
        public boolean isSettable(QrCodeView view) {
            return !view.lightColor.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(QrCodeView view) {
            return view.lightColor;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.add(DARK_COLOR);
        all.add(LIGHT_COLOR);
        CSS_META_DATA = List.copyOf(all);
    }

    private final StringProperty payload = new SimpleStringProperty(this, "payload", "");
    private final DoubleProperty size = new SimpleDoubleProperty(this, "size", 256);
    private final IntegerProperty quietZone = new SimpleIntegerProperty(this, "quietZone", 4);
    private final StyleableObjectProperty<Paint> darkColor =
            new SimpleStyleableObjectProperty<>(DARK_COLOR, this, "darkColor", Color.BLACK);
    private final StyleableObjectProperty<Paint> lightColor =
            new SimpleStyleableObjectProperty<>(LIGHT_COLOR, this, "lightColor", Color.WHITE);
    private final ReadOnlyObjectWrapper<QrCode> code = new ReadOnlyObjectWrapper<>(this, "code");

    public QrCodeView() {
        getStyleClass().add("qr-code-view");
        // the code is drawn at its size; stretching the control would only add margin
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        payload.addListener((observable, oldPayload, newPayload) -> encode(newPayload));
    }

    public QrCodeView(String payload) {
        this();
        setPayload(payload);
    }

    /** The text in the code; empty shows no code. */
    public StringProperty payloadProperty() {
        return payload;
    }

    public String getPayload() {
        return payload.get();
    }

    public void setPayload(String value) {
        payload.set(value);
    }

    /** Width and height the code is fitted into, quiet zone included, in pixels. */
    public DoubleProperty sizeProperty() {
        return size;
    }

    public double getSize() {
        return size.get();
    }

    public void setSize(double value) {
        size.set(value);
    }

    /** Light margin around the code, in modules; scanners want at least 4. */
    public IntegerProperty quietZoneProperty() {
        return quietZone;
    }

    public int getQuietZone() {
        return quietZone.get();
    }

    public void setQuietZone(int value) {
        quietZone.set(value);
    }

    public ObjectProperty<Paint> darkColorProperty() {
        return darkColor;
    }

    public ObjectProperty<Paint> lightColorProperty() {
        return lightColor;
    }

    /** The encoded payload; null when the payload is empty or too long. */
    public ReadOnlyObjectProperty<QrCode> codeProperty() {
        return code.getReadOnlyProperty();
    }

    public QrCode getCode() {
        return code.get();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new QrCodeViewSkin(this);
    }

    private void encode(String text) {
        QrCode encoded = null;
        boolean unencodable = false;
        if (text != null && !text.isEmpty()) {
            try {
                encoded = QrCode.encode(text);
            } catch (IllegalArgumentException tooLong) {
                unencodable = true;
            }
        }
        code.set(encoded);
        pseudoClassStateChanged(UNENCODABLE, unencodable);
    }
}
