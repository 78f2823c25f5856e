package io.bilheteria.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ThemeTest {

    private Scene scene;
    private Button pay;
    private Button cancel;
    private Label error;

    @Start
    void start(Stage stage) {
        pay = new Button("Pagar");
        pay.getStyleClass().add(Theme.PRIMARY);
        cancel = new Button("Cancelar");
        cancel.getStyleClass().add(Theme.DANGER);
        error = new Label("Cartão recusado");
        error.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_ERROR);
        scene = new Scene(new VBox(pay, cancel, error));
        Theme.apply(scene, Theme.Density.KIOSK);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theKioskReadsAtTwentyPixelsWithButtonsAtLeast64High() {
        assertThat(pay.getFont().getSize()).isEqualTo(20);
        assertThat(pay.getHeight()).isGreaterThanOrEqualTo(64);
    }

    @Test
    void theDeskIsDenserAndKeepsItsDensityWhenTheScreenChanges(FxRobot robot) {
        Button next = new Button("Próximo");
        robot.interact(() -> {
            Theme.apply(scene, Theme.Density.DESK);
            scene.setRoot(new StackPane(next));
        });

        assertThat(scene.getRoot().getStyleClass()).contains("desk").doesNotContain("kiosk");
        assertThat(next.getFont().getSize()).isEqualTo(14);
        assertThat(scene.getStylesheets()).containsOnlyOnce(Theme.stylesheet());
    }

    @Test
    void primaryDangerAndErrorStylesUseTheThemeColours() {
        assertThat(fill(pay.getBackground())).isEqualTo(Color.web("#0b4fb3"));
        assertThat(fill(cancel.getBackground())).isEqualTo(Color.web("#b3261e"));
        assertThat(fill(error.getBackground())).isEqualTo(Color.web("#b3261e"));
        assertThat(error.getTextFill()).isEqualTo(Color.WHITE);
    }

    private static Color fill(Background background) {
        return (Color) background.getFills().get(background.getFills().size() - 1).getFill();
    }
}
