package io.bilheteria.boxoffice.tour;

import static io.bilheteria.boxoffice.testing.Fx.onFx;

import com.sun.net.httpserver.HttpServer;
import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.payments.SandboxAcquirer;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.boxoffice.testing.ScenePng;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Walks a partner through the back office against the small demo and saves a 1920x1080 PNG of
 * each step (27-34): the theatre with its poster, its sessions, a new event's curved layout
 * previewed, saved with a week of kiosk sales on it, a change refused after those sales, products,
 * the sales chart with the CSV exported, and another partner refused the theatre. The backend's
 * clock is moved back a week for the sales, so the chart has days to show. Not a test: run it
 * under Xvfb with a real window (README, Screenshots).
 */
public final class PartnerTour {
    private static final String NEW_EVENT = "Sonho de uma Noite de Verão";
    private static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");
    private static final Card APPROVED = new Card("4111111111111111", "ANA SOUZA", 12, 2030, "123");
    private static Path out;
    private static BoxOfficeWindow window;

    private PartnerTour() {
    }

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("partner-tour");
        SettableClock clock = new SettableClock(Instant.now());
        BackendServer backend = BackendServer.start(BackendConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withDbUrl("jdbc:h2:mem:partner-tour-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withDemo(DemoData.Size.SMALL).withPasswordIterations(1_000), clock, new SandboxAcquirer(clock));
        HttpServer posters = posterServer();
        String base = backend.baseUrl();
        try (UiTaskExecutor tasks = new UiTaskExecutor(2)) {
            BilheteriaClient partner = as(base, "partner", "demo-partner");
            EventSummary theatre = partner.partnerEvents(null).items().stream()
                    .filter(e -> e.title().startsWith("O Auto")).findFirst().orElseThrow();
            partner.editEvent(theatre.id(), new EventDraft(null, null, null, null, null, null,
                    "http://127.0.0.1:" + posters.getAddress().getPort() + "/auto-da-compadecida.png"));

            Platform.startup(() -> { });
            window = onFx(() -> {
                Stage stage = new Stage();
                stage.setWidth(1920);
                stage.setHeight(1080);
                return BoxOfficeWindow.open(stage, BoxOfficeConfig.of(data, base, null, null), base, tasks);
            });
            signIn("partner", "demo-partner");
            pickEvent(theatre.title());
            Thread.sleep(2500);
            shot("27-partner-event");

            tab(1);
            pickIn("#partner-sessions", 0);
            shot("28-partner-sessions");

            click("#partner-new-event");
            fill("#partner-event-title", NEW_EVENT);
            fill("#partner-event-description", "Shakespeare ao ar livre: quatro amantes, uma floresta encantada e "
                    + "uma trupe de atores amadores.");
            fill("#partner-event-category", "Teatro");
            fill("#partner-event-venue", "Teatro Oficina");
            fill("#partner-event-city", "São Paulo");
            click("#partner-event-save");
            Thread.sleep(2000);
            tab(1);
            DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/uuuu");
            for (int days : new int[] {30, 31}) {
                LocalDate date = LocalDate.now(VENUE).plusDays(days);
                onFx(() -> {
                    ((DatePicker) lookup("#partner-session-date")).getEditor().setText(day.format(date));
                    return null;
                });
                fill("#partner-session-time", days == 30 ? "20:00" : "16:00");
                click("#partner-session-add");
                Thread.sleep(1500);
            }
            tab(2);
            fill("#partner-section-name", "Plateia");
            fill("#partner-section-price", "120,00");
            click("#partner-section-add");
            Thread.sleep(1500);
            fill("#partner-layout-rows", "8");
            fill("#partner-layout-seats", "16");
            click("#partner-layout-curved");
            fill("#partner-layout-radius", "20");
            fill("#partner-layout-aisles", "4 12");
            fill("#partner-layout-accessible", "A1 A16");
            click("#partner-layout-preview");
            Thread.sleep(1500);
            shot("29-partner-layout-preview");

            click("#partner-layout-apply");
            Thread.sleep(2000);
            EventSummary dream = partner.partnerEvents(null).items().stream()
                    .filter(e -> e.title().equals(NEW_EVENT)).findFirst().orElseThrow();
            sellOverAWeek(base, clock, dream.sessions().get(0).id());
            // the map again, now with the week's sales on it, one seat clicked for an edit
            tab(0);
            tab(2);
            Thread.sleep(2500);
            onFx(() -> {
                SeatMapView map = (SeatMapView) lookup("#partner-layout-map");
                String seat = map.getSeatMap().seats().stream().filter(s -> s.row().equals("H") && s.number() == 3)
                        .findFirst().orElseThrow().id();
                map.select(seat);
                return null;
            });
            shot("30-partner-layout-sold");

            fill("#partner-layout-rows", "10");
            click("#partner-layout-apply");
            Thread.sleep(1500);
            shot("31-partner-layout-refused");

            tab(3);
            fill("#partner-product-name", "Programa da peça");
            fill("#partner-product-price", "25,00");
            fill("#partner-product-stock", "200");
            click("#partner-product-add");
            Thread.sleep(1200);
            fill("#partner-product-name", "Camiseta Sonho");
            fill("#partner-product-price", "69,90");
            fill("#partner-product-stock", "40");
            click("#partner-product-add");
            Thread.sleep(1500);
            shot("32-partner-products");

            tab(4);
            Thread.sleep(2000);
            fill("#partner-sales-csv-path", data.resolve("vendas-sonho-de-uma-noite-de-verao.csv").toString());
            click("#partner-sales-csv-export");
            Thread.sleep(1500);
            shot("33-partner-sales");

            BilheteriaClient admin = as(base, "admin", "demo-admin");
            Partner other = admin.createPartner(new PartnerDraft("Outra Produtora", null, null));
            admin.createStaffAccount(new AccountDraft("outra", "outra-senha-123", Role.PARTNER, other.id()));
            click("#partner-sign-out");
            signIn("outra", "outra-senha-123");
            fill("#partner-find", theatre.id());
            onFx(() -> {
                Node find = lookup("#partner-find");
                find.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
                return null;
            });
            Thread.sleep(1500);
            shot("34-partner-other-partner");
            onFx(() -> {
                window.close();
                return null;
            });
        } finally {
            posters.stop(0);
            backend.close();
            Platform.exit();
        }
    }

    /**
     * A week of kiosk sales, a few orders a day at different hours, with the backend's clock set to
     * each moment; the clock is back at the present afterwards.
     */
    private static void sellOverAWeek(String base, SettableClock clock, String sessionId) {
        Instant now = clock.instant();
        int[][] ordersByDay = {{2, 1}, {3, 2, 2}, {1}, {4, 2, 2, 1}, {2, 2}, {6, 3, 2, 2, 1}, {3, 2}};
        for (int day = 0; day < ordersByDay.length; day++) {
            for (int order = 0; order < ordersByDay[day].length; order++) {
                clock.set(now.minus(Duration.ofDays(6L - day)).minus(Duration.ofHours(1L + 3L * order)));
                BilheteriaClient kiosk = as(base, "kiosk", "demo-kiosk");
                String section = kiosk.seatMap(sessionId).sections().get(0).id();
                var hold = kiosk.hold(HoldRequest.bestAvailable(sessionId, section, ordersByDay[day][order]));
                kiosk.pay(kiosk.createOrder(OrderRequest.of(hold.holdId())).orderId(), APPROVED);
            }
        }
        clock.set(now);
    }

    private static BilheteriaClient as(String base, String user, String password) {
        BilheteriaClient client = BilheteriaClient.builder().baseUrl(base).build();
        client.login(user, password);
        return client;
    }

    /** Serves one poster, drawn here, as a partner's image host would. */
    private static HttpServer posterServer() throws Exception {
        BufferedImage poster = new BufferedImage(520, 740, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = poster.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x8E2A1C), 0, 740, new Color(0xE0A030)));
        g.fillRect(0, 0, 520, 740);
        g.setColor(new Color(0xFFF3D6));
        g.fillOval(150, 120, 220, 220);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 54));
        g.drawString("O Auto da", 60, 470);
        g.drawString("Compadecida", 60, 535);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        g.drawString("Ariano Suassuna · Teatro Municipal", 60, 610);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(poster, "png", png);
        byte[] bytes = png.toByteArray();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void signIn(String user, String password) throws Exception {
        fill("#login-username", user);
        fill("#login-password", password);
        click("#login-submit");
        Thread.sleep(2500);
    }

    private static void fill(String selector, String text) throws Exception {
        onFx(() -> {
            TextInputControl field = (TextInputControl) lookup(selector);
            field.requestFocus();
            field.setText(text);
            return null;
        });
    }

    private static void click(String selector) throws Exception {
        onFx(() -> {
            ((ButtonBase) lookup(selector)).fire();
            return null;
        });
        Thread.sleep(300);
    }

    private static void tab(int index) throws Exception {
        onFx(() -> {
            TabPane tabs = (TabPane) lookup("#partner-tabs");
            Tab tab = tabs.getTabs().get(index);
            tabs.getSelectionModel().select(tab);
            return null;
        });
        Thread.sleep(1200);
    }

    @SuppressWarnings("unchecked")
    private static void pickEvent(String title) throws Exception {
        onFx(() -> {
            ListView<EventSummary> events = (ListView<EventSummary>) lookup("#partner-events");
            events.getItems().stream().filter(e -> e.title().equals(title)).findFirst()
                    .ifPresent(e -> events.getSelectionModel().select(e));
            return null;
        });
        Thread.sleep(1000);
    }

    private static void pickIn(String list, int index) throws Exception {
        onFx(() -> {
            ((ListView<?>) lookup(list)).getSelectionModel().select(index);
            return null;
        });
        Thread.sleep(1000);
    }

    private static Node lookup(String selector) {
        return window.scene().lookup(selector);
    }

    private static void shot(String name) throws Exception {
        Thread.sleep(500);
        ScenePng.save(window.scene(), out.resolve(name + ".png"));
        System.out.println("saved " + out.resolve(name + ".png"));
    }

    /** The backend's clock, moved by the tour to sell on past days. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
