package io.bilheteria.ui.qr.internal;

import io.bilheteria.ui.qr.QrCode;
import io.bilheteria.ui.qr.QrCodeView;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.stage.Window;

/**
 * Paints a {@link QrCodeView} on a canvas, one filled rectangle per dark module, with every module a
 * whole number of device pixels so the edges stay sharp (no scaling of a bitmap).
 */
public class QrCodeViewSkin extends SkinBase<QrCodeView> {

    private final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private double paintedScale;

    public QrCodeViewSkin(QrCodeView view) {
        super(view);
        getChildren().add(canvas);
        registerInvalidationListener(view.codeProperty(), observable -> repaintLater());
        registerInvalidationListener(view.sizeProperty(), observable -> repaintLater());
        registerInvalidationListener(view.quietZoneProperty(), observable -> repaintLater());
        registerInvalidationListener(view.darkColorProperty(), observable -> repaintLater());
        registerInvalidationListener(view.lightColorProperty(), observable -> repaintLater());
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
            double leftInset) {
        return leftInset + getSkinnable().getSize() + rightInset;
    }

    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset, double bottomInset,
            double leftInset) {
        return topInset + getSkinnable().getSize() + bottomInset;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        double scale = outputScale();
        if (dirty || scale != paintedScale) {
            paint(scale);
            dirty = false;
            paintedScale = scale;
        }
        // whole device pixels, so module edges fall on pixel edges
        double left = Math.floor((x + (width - canvas.getWidth()) / 2) * scale) / scale;
        double top = Math.floor((y + (height - canvas.getHeight()) / 2) * scale) / scale;
        canvas.relocate(left, top);
    }

    private void repaintLater() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    private void paint(double scale) {
        QrCodeView view = getSkinnable();
        QrCode code = view.getCode();
        if (code == null) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            return;
        }
        int quietZone = Math.max(0, view.getQuietZone());
        int modules = code.size() + 2 * quietZone;
        int devicePixelsPerModule = Math.max(1, (int) Math.floor(view.getSize() * scale / modules));
        double module = devicePixelsPerModule / scale;
        double side = modules * module;
        canvas.setWidth(side);
        canvas.setHeight(side);
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        graphics.setFill(view.lightColorProperty().get());
        graphics.fillRect(0, 0, side, side);
        graphics.setFill(view.darkColorProperty().get());
        for (int row = 0; row < code.size(); row++) {
            for (int column = 0; column < code.size(); column++) {
                if (code.isDark(column, row)) {
                    graphics.fillRect((column + quietZone) * module, (row + quietZone) * module, module, module);
                }
            }
        }
    }

    private double outputScale() {
        Window window = getSkinnable().getScene() == null ? null : getSkinnable().getScene().getWindow();
        return window == null ? 1 : window.getOutputScaleX();
    }
}
