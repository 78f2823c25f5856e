package io.bilheteria.kiosk.tour;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.kiosk.KioskWindow;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Walks the real kiosk through every screen against a backend with the full demo data and
 * saves a 1920x1080 PNG of each in the given folder. Not a test: run it under Xvfb with a
 * real window (see docs/screenshots/README.md).
 */
public final class ScreenshotTour {
    private static Path out;
    private static Stage stage;
    private static KioskWindow kiosk;

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("kiosk-tour");
        try (LocalBackend backend = new LocalBackend(DemoData.Size.FULL);
             UiTaskExecutor tasks = new UiTaskExecutor(2)) {
            Platform.startup(() -> { });
            KioskConfig config = KioskConfig.defaults(data).withWindowed(true)
                    .withIdle(Duration.ofSeconds(600), Duration.ofSeconds(30));
            kiosk = onFx(() -> KioskWindow.open(stage = new Stage(), config, backend.baseUrl(), Clock.systemUTC(), tasks));
            settle(3000);
            shot("01-attract");
            go(Place.EVENTS);
            shot("02-events");

            EventSummary theatre = kiosk.sale().findEvents("Compadecida", null, null).get(0);
            kiosk.sale().chooseEvent(theatre.id());
            go(Place.SESSIONS);
            shot("03-sessions");

            kiosk.sale().chooseSession(kiosk.sale().event().orElseThrow().sessions().get(0).id());
            go(Place.SEATS);
            shot("04-seats-theatre");

            Hold hold = kiosk.sale().holdBestAvailable(kiosk.sale().seatMap().orElseThrow().sections().get(1).id(), 2);
            go(Place.ADDONS);
            shot("05-addons");
            kiosk.sale().loadProducts().stream().filter(p -> p.name().equals("Pipoca")).findFirst()
                    .ifPresent(popcorn -> kiosk.sale().setProductQuantity(popcorn.id(), 1));
            go(Place.IDENTIFY);
            shot("06-identify");
            kiosk.sale().continueAsGuest("visitante@example.com");
            kiosk.sale().setTicketType(hold.seatIds().get(0), TicketType.HALF);
            go(Place.REVIEW);
            shot("07-review");
            go(Place.PAYMENT);
            shot("08-payment");
            onFx(() -> {
                kiosk.terminal().present(SandboxCard.APPROVES);
                return null;
            });
            settle(6000);
            shot("09-done");
            // the totem's screen stands upright: the same done screen in portrait, top and bottom
            onFx(() -> {
                stage.setWidth(1080);
                stage.setHeight(1920);
                return null;
            });
            settle(1500);
            shot("09b-done-portrait");
            onFx(() -> {
                ((ScrollPane) stage.getScene().lookup("#done-scroll")).setVvalue(1);
                return null;
            });
            settle(1000);
            shot("09c-done-portrait-suggestions");
            onFx(() -> {
                stage.setWidth(1920);
                stage.setHeight(1080);
                return null;
            });

            // a session whose half prices are all sold: the review says so, and inteira pays
            BilheteriaClient partner = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
            partner.login("partner", "demo-partner");
            String lastSession = theatre.sessions().get(theatre.sessions().size() - 1).id();
            partner.editSession(lastSession, new SessionDraft(null, null, 0));
            onFx(() -> {
                kiosk.journey().startOver();
                return null;
            });
            settle(1500);
            kiosk.sale().chooseEvent(theatre.id());
            kiosk.sale().chooseSession(lastSession);
            Hold refused = kiosk.sale().holdBestAvailable(
                    kiosk.sale().seatMap().orElseThrow().sections().get(1).id(), 1);
            kiosk.sale().continueAsGuest(null);
            kiosk.sale().setTicketType(refused.seatIds().get(0), TicketType.HALF);
            go(Place.REVIEW);
            shot("07b-review-half-price-refused");

            onFx(() -> {
                kiosk.journey().startOver();
                return null;
            });
            settle(1500);
            EventSummary stadium = kiosk.sale().findEvents("Campeonato", null, null).get(0);
            kiosk.sale().chooseEvent(stadium.id());
            kiosk.sale().chooseSession(stadium.sessions().get(0).id());
            onFx(() -> {
                kiosk.messages().setLocale(Messages.ENGLISH);
                return null;
            });
            go(Place.SEATS);
            shot("10-seats-stadium-en");

            go(Place.MAINTENANCE);
            shot("11-maintenance");
            go(Place.OUT_OF_SERVICE);
            shot("12-out-of-service");

            collectAnasOrder();
        }
        Platform.exit();
    }

    /** "Retirar ingressos" for Ana's online order ANA234, in Portuguese: the code, a wrong CPF, hers, the tickets. */
    private static void collectAnasOrder() throws Exception {
        onFx(() -> {
            kiosk.messages().setLocale(Messages.PT_BR);
            kiosk.journey().startOver();
            return null;
        });
        settle(1500);
        fire("attract-collect");
        type("collect-code", "ANA234");
        shot("44-collect-code");
        fire("collect-code-next");
        type("collect-cpf", "11144477735");
        fire("collect-print");
        shot("45-collect-no-match");
        type("collect-cpf", "52998224725");
        shot("46-collect-buyer");
        fire("collect-print");
        settle(4000);
        shot("47-collected");
    }

    private static void fire(String id) throws Exception {
        onFx(() -> {
            ((javafx.scene.control.Button) stage.getScene().lookup("#" + id)).fire();
            return null;
        });
        settle(1500);
    }

    private static void type(String fieldId, String text) throws Exception {
        onFx(() -> {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#" + fieldId)).setText(text);
            return null;
        });
        settle(500);
    }

    private static void go(Place place) throws Exception {
        onFx(() -> {
            kiosk.navigator().go(place);
            return null;
        });
        settle(1500);
    }

    private static void settle(long millis) throws InterruptedException {
        Thread.sleep(millis); // let background loads land and animations finish before the picture
    }

    private static void shot(String name) throws Exception {
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        write(image, out.resolve(name + ".png"));
        System.out.println("saved " + out.resolve(name + ".png"));
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(buffered, "png", file.toFile());
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
