package io.bilheteria.ui.seatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {
    private final Viewport viewport = new Viewport();

    ViewportTest() {
        viewport.setSize(800, 400);
        viewport.setContent(0, 0, 100, 100, 40, false);
    }

    @Test
    void startsWithTheWholeMapCentred() {
        assertThat(viewport.scale()).isEqualTo(4); // the height limits: 400 px for 100 units
        assertThat(viewport.toViewX(0)).isEqualTo(200);
        assertThat(viewport.toViewX(100)).isEqualTo(600);
        assertThat(viewport.toViewY(0)).isEqualTo(0);
    }

    @Test
    void zoomKeepsThePointUnderThePointerAndStopsAtTheLimits() {
        viewport.zoomAt(3, 300, 100);
        assertThat(viewport.scale()).isEqualTo(12);
        assertThat(viewport.toMapX(300)).isCloseTo(25, within(1e-9));
        assertThat(viewport.toMapY(100)).isCloseTo(25, within(1e-9));

        viewport.zoomAt(100, 300, 100);
        assertThat(viewport.scale()).isEqualTo(40);
        viewport.zoomAt(0.001, 300, 100);
        assertThat(viewport.scale()).isEqualTo(4);
        assertThat(viewport.centerX()).isEqualTo(50);
    }

    @Test
    void panningNeverLosesTheMap() {
        viewport.zoomAt(2, 400, 200);
        viewport.panBy(-10_000, -10_000);
        // the map's bottom-right corner stops in the middle of the view
        assertThat(viewport.toViewX(100)).isCloseTo(400, within(1e-9));
        assertThat(viewport.toViewY(100)).isCloseTo(200, within(1e-9));
    }

    @Test
    void aResizeRefitsUntilTheUserZoomsThenKeepsTheirView() {
        viewport.setSize(400, 400);
        assertThat(viewport.scale()).isEqualTo(4);
        viewport.setSize(800, 800);
        assertThat(viewport.scale()).isEqualTo(8);

        viewport.zoomAt(2, 400, 400);
        viewport.setSize(700, 700);
        assertThat(viewport.scale()).isEqualTo(16);
    }

    @Test
    void revealPansJustEnoughToShowThePoint() {
        viewport.zoomAt(4, 400, 200); // 16 px per unit, view 50 x 25 units around (50, 50)
        viewport.reveal(90, 50, 1);
        assertThat(viewport.toViewX(90)).isCloseTo(800 - 16, within(1e-9));
        assertThat(viewport.toViewY(50)).isCloseTo(200, within(1e-9));
    }

    @Test
    void revealMovesTheMapByWholePixelsAndStillKeepsTheMargin() {
        viewport.zoomAt(4.3, 400, 200); // 17.2 px per unit: the exact shift would be a fraction of a pixel
        double originBefore = viewport.toViewX(0);
        viewport.reveal(90.3, 50, 1);

        double shift = viewport.toViewX(0) - originBefore;
        assertThat(shift).isNegative().isCloseTo(Math.rint(shift), within(1e-9));
        assertThat(viewport.toViewX(90.3)).isBetween(800 - 17.2 - 1, 800 - 17.2);
    }
}
