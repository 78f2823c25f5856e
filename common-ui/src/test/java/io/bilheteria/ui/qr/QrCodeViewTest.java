package io.bilheteria.ui.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.RGBLuminanceSource;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QrCodeViewTest {

    private static final String TICKET = "BT1.7f3a9c2e-4b1d-4e8a-9c0f-2d6b8e1a5c3f.S12.eyJhbGciOiJFZERTQSJ9.MEUCIQ";
    private static final int ARGB_BLACK = 0xFF000000;
    private static final int ARGB_WHITE = 0xFFFFFFFF;

    private QrCodeView view;

    @Start
    void start(Stage stage) {
        view = new QrCodeView(TICKET);
        view.setSize(300);
        stage.setScene(new Scene(new StackPane(view), 400, 400));
        stage.show();
    }

    @Test
    void theShownCodeDecodesToThePayloadWithErrorCorrectionM(FxRobot robot) throws Exception {
        Result result = decode(snapshot(robot));

        assertThat(result.getText()).isEqualTo(TICKET);
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
    }

    @Test
    void aNewPayloadShowsANewCode(FxRobot robot) throws Exception {
        robot.interact(() -> view.setPayload("ORDER-2026-000123"));

        assertThat(decode(snapshot(robot)).getText()).isEqualTo("ORDER-2026-000123");
    }

    @Test
    void everyPixelIsPureBlackOrWhiteSoTheCodeIsSharp(FxRobot robot) {
        WritableImage image = snapshot(robot);

        Set<Integer> colours = new HashSet<>();
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        assertThat(colours).containsExactlyInAnyOrder(ARGB_BLACK, ARGB_WHITE);
    }

    @Test
    void theCodeIsTheLargestWholeModuleSizeThatFitsWithAFourModuleQuietZone(FxRobot robot) {
        int modules = view.getCode().size() + 2 * 4;
        int expectedSide = 300 / modules * modules;

        WritableImage image = snapshot(robot);
        int[] dark = darkBounds(image);

        assertThat(view.getWidth()).isEqualTo(300);
        // the quiet zone: the first dark pixel is four modules in from the code's edge
        int module = expectedSide / modules;
        int codeLeft = (int) Math.floor((300 - expectedSide) / 2.0);
        assertThat(dark[0]).isEqualTo(codeLeft + 4 * module);
        assertThat(dark[1] - dark[0] + 1).isEqualTo((modules - 8) * module);
    }

    @Test
    void aPayloadTooLongForAQrCodeShowsNothingAndIsMarked(FxRobot robot) {
        robot.interact(() -> view.setPayload("x".repeat(5000)));

        assertThat(view.getCode()).isNull();
        assertThat(view.getPseudoClassStates()).extracting(Object::toString).contains("unencodable");
        assertThat(darkBounds(snapshot(robot))).isNull();
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            view.applyCss();
            view.layout();
            image[0] = view.snapshot(null, null);
        });
        return image[0];
    }

    /** Leftmost and rightmost column holding a dark pixel, or null if there is none. */
    private static int[] darkBounds(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (pixels.getArgb(x, y) == ARGB_BLACK) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return right < 0 ? null : new int[] {left, right};
    }

    private static Result decode(WritableImage image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }
}
