package io.bilheteria.ui.seatmap;

/**
 * Which part of the map the view shows: a scale (pixels per map unit) and the map point at the centre of the
 * view. Zoom never goes below "whole map fits" nor above a scale where seats get uselessly big, and panning
 * never loses the map: the middle of the view stays over it.
 * View coordinates are pixels from the top-left corner of the drawing area.
 */
final class Viewport {
    private double minX;
    private double minY;
    private double maxX = -1;
    private double maxY = -1;
    private double maxScale = 1;
    private double width;
    private double height;
    private double scale;
    private double centerX;
    private double centerY;
    /** True while the user has not zoomed or panned away from the whole-map view: a resize fits again. */
    private boolean fitted = true;

    /** A new map to show, its bounds in map units; {@code keepView} keeps zoom and pan (same venue, new statuses). */
    void setContent(double minX, double minY, double maxX, double maxY, double maxScale, boolean keepView) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.maxScale = maxScale;
        if (!keepView) {
            fitted = true;
        }
        settle();
    }

    void setSize(double width, double height) {
        this.width = width;
        this.height = height;
        settle();
    }

    /** Whether there is both a map and room to draw it. */
    boolean isShowing() {
        return width > 0 && height > 0 && maxX >= minX && maxY >= minY;
    }

    double scale() {
        return scale;
    }

    double fitScale() {
        if (!isShowing()) {
            return 0;
        }
        double fit = Math.min(width / Math.max(maxX - minX, 1e-9), height / Math.max(maxY - minY, 1e-9));
        return Math.min(fit, maxScale);
    }

    double maxScale() {
        return Math.max(maxScale, fitScale());
    }

    double centerX() {
        return centerX;
    }

    double centerY() {
        return centerY;
    }

    double toViewX(double mapX) {
        return width / 2 + (mapX - centerX) * scale;
    }

    double toViewY(double mapY) {
        return height / 2 + (mapY - centerY) * scale;
    }

    double toMapX(double viewX) {
        return centerX + (viewX - width / 2) / scale;
    }

    double toMapY(double viewY) {
        return centerY + (viewY - height / 2) / scale;
    }

    void fit() {
        fitted = true;
        settle();
    }

    /** Multiplies the scale by {@code factor} (within limits), keeping the map point under (viewX, viewY) in place. */
    void zoomAt(double factor, double viewX, double viewY) {
        if (!isShowing()) {
            return;
        }
        double mapX = toMapX(viewX);
        double mapY = toMapY(viewY);
        double fit = fitScale();
        double newScale = Math.max(fit, Math.min(maxScale(), scale * factor));
        if (newScale <= fit * (1 + 1e-9)) {
            fit(); // back at the whole map: a resize fits again, and the map is centred
            return;
        }
        fitted = false;
        scale = newScale;
        centerX = mapX - (viewX - width / 2) / scale;
        centerY = mapY - (viewY - height / 2) / scale;
        clampCentre();
    }

    /** Moves the map by (dx, dy) pixels, as a drag does. */
    void panBy(double dx, double dy) {
        if (!isShowing()) {
            return;
        }
        fitted = false;
        centerX -= dx / scale;
        centerY -= dy / scale;
        clampCentre();
    }

    /** Pans as little as possible so the map point (x, y) is at least {@code margin} map units inside the view. */
    void reveal(double x, double y, double margin) {
        if (!isShowing()) {
            return;
        }
        double halfW = width / 2 / scale;
        double halfH = height / 2 / scale;
        double dx = wholePixelsAway(shiftInto(centerX, x, Math.max(halfW - margin, 0)) - centerX);
        double dy = wholePixelsAway(shiftInto(centerY, y, Math.max(halfH - margin, 0)) - centerY);
        if (dx != 0 || dy != 0) {
            fitted = false;
            centerX += dx;
            centerY += dy;
            clampCentre();
        }
    }

    /**
     * The shift (map units) rounded away from zero to whole pixels: the map then moves by whole pixels, which the
     * skin shows by moving what it drew, and the point still gets its margin.
     */
    private double wholePixelsAway(double shift) {
        double pixels = Math.abs(shift) * scale;
        // a hair under a whole pixel is that pixel: rounding error, not a shift to round up
        return Math.copySign(Math.ceil(pixels - 1e-6), shift) / scale;
    }

    private static double shiftInto(double centre, double point, double halfSpan) {
        if (point < centre - halfSpan) {
            return point + halfSpan;
        }
        if (point > centre + halfSpan) {
            return point - halfSpan;
        }
        return centre;
    }

    private void settle() {
        if (!isShowing()) {
            scale = 0;
            return;
        }
        double fit = fitScale();
        if (fitted || scale < fit) {
            fitted = true;
            scale = fit;
            centerX = (minX + maxX) / 2;
            centerY = (minY + maxY) / 2;
        } else {
            scale = Math.min(scale, maxScale());
            clampCentre();
        }
    }

    /**
     * Keeps the middle of the view over the map. Looser than keeping the view inside the map, but zooming in
     * around any point of the map then never needs clamping, so that point stays exactly under the pointer.
     */
    private void clampCentre() {
        centerX = Math.max(minX, Math.min(maxX, centerX));
        centerY = Math.max(minY, Math.min(maxY, centerY));
    }
}
