package io.bilheteria.backend.demo;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.partners.RowLabels;
import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.venues.SpotRepository;
import io.bilheteria.backend.venues.LayoutGenerator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo venue of {@code --demo}: a partner, a 200-seat theatre with several sessions,
 * a stadium of 60,480 seats (in full size), products and one account per role. Seeds only an empty database.
 */
public final class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId VENUE_ZONE = ZoneId.of("America/Sao_Paulo");
    static final String ANA_EMAIL = "ana@example.com";
    static final String ANA_PASSWORD = "demo-customer";
    static final String THEATRE_TITLE = "O Auto da Compadecida";

    private final Transactions tx;
    private final DemoDataRepository data;
    private final SpotRepository spots;
    private final SeatInventoryRepository inventory;
    private final AuthService auth;
    private final Clock clock;

    public DemoData(Transactions tx, AuthService auth, Clock clock) {
        this.tx = tx;
        this.data = new DemoDataRepository(tx);
        this.spots = new SpotRepository(tx);
        this.inventory = new SeatInventoryRepository(tx, clock);
        this.auth = auth;
        this.clock = clock;
    }

    /**
     * FULL is the demo of the contract, with Ana's online orders to collect ({@link DemoOrders});
     * SMALL has a 600-seat stadium and nothing sold, for tests that start many backends.
     */
    public enum Size {
        FULL(60, 252, true), SMALL(3, 50, false);

        final int stadiumRows;
        final int stadiumSeatsPerRow;
        private final boolean onlineOrders;

        Size(int stadiumRows, int stadiumSeatsPerRow, boolean onlineOrders) {
            this.stadiumRows = stadiumRows;
            this.stadiumSeatsPerRow = stadiumSeatsPerRow;
            this.onlineOrders = onlineOrders;
        }

        /** Whether Ana's online orders are bought once the venue is seeded. */
        public boolean withOnlineOrders() {
            return onlineOrders;
        }
    }

    /** True when this call seeded the database (it was empty). */
    public boolean seedIfEmpty(Size size) {
        return tx.inTransaction(() -> {
            // concurrent starts on one PostgreSQL: the first to lock the partners table seeds
            if (!data.noAccounts()) {
                return false;
            }
            long started = System.nanoTime();
            seed(size);
            log.info("demo data seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
            return true;
        });
    }

    private void seed(Size size) {
        long now = clock.millis();
        String partnerId = Ids.newId();
        data.insertPartner(partnerId, "Cia. Teatral Paulista & Arena Eventos", now);

        auth.createAccount("admin", "demo-admin", Role.ADMIN, null);
        auth.createAccount("partner", "demo-partner", Role.PARTNER, partnerId);
        auth.createAccount("cashier", "demo-cashier", Role.CASHIER, null);
        auth.createAccount("gate", "demo-gate", Role.GATE, null);
        auth.createAccount("kiosk", "demo-kiosk", Role.KIOSK, null);
        String anaAccount = auth.createAccount(ANA_EMAIL, ANA_PASSWORD, Role.CUSTOMER, null);
        data.insertAna(Ids.newId(), anaAccount, now);

        LocalDate today = LocalDate.ofInstant(clock.instant(), VENUE_ZONE);
        String theatre = event(partnerId, THEATRE_TITLE,
                "A comédia de Ariano Suassuna em nova montagem, com música ao vivo.", "Teatro",
                "Teatro Municipal", "São Paulo");
        theatreLayout(theatre);
        for (int days : new int[] {1, 2, 3, 7}) {
            session(theatre, today.plusDays(days).atTime(LocalTime.of(20, 0)).atZone(VENUE_ZONE).toInstant().toEpochMilli());
        }
        product(theatre, "Pipoca", 1800, 500);
        product(theatre, "Refrigerante", 900, 500);
        product(theatre, "Programa da peça", 2500, 100);

        String stadium = event(partnerId, "Final do Campeonato Paulista",
                "A grande final no maior estádio da cidade.", "Futebol", "Arena Metropolitana", "São Paulo");
        stadiumLayout(stadium, size);
        String theFinal = session(stadium,
                today.plusDays(14).atTime(LocalTime.of(16, 0)).atZone(VENUE_ZONE).toInstant().toEpochMilli());
        // a final sells out online in minutes: online buyers pass the virtual queue (kiosks and box offices never do)
        data.enableQueue(theFinal, 120);
        product(stadium, "Camisa oficial", 24990, 300);
        product(stadium, "Cachecol", 5990, 1000);
    }

    private String event(String partnerId, String title, String description, String category, String venue,
                         String city) {
        String id = Ids.newId();
        data.insertEvent(id, partnerId, title, description, category, venue, city, clock.millis());
        return id;
    }

    private String section(String eventId, String name, String color, long priceCents, int order) {
        String id = Ids.newId();
        data.insertSection(id, eventId, name, color, priceCents, order);
        return id;
    }

    /** 10 rows of 20: two front rows VIP, six stalls rows, two balcony rows; wheelchair places at row ends. */
    private void theatreLayout(String eventId) {
        String vip = section(eventId, "Plateia VIP", "#C62828", 12000, 0);
        String stalls = section(eventId, "Plateia", "#1565C0", 8000, 1);
        String balcony = section(eventId, "Balcão", "#2E7D32", 5000, 2);
        spots.write(writer -> {
            for (int row = 0; row < 10; row++) {
                String sectionId = row < 2 ? vip : row < 8 ? stalls : balcony;
                int rank = row < 2 ? row : row < 8 ? row - 2 : row - 8;
                double y = row * 1.0 + (row >= 8 ? 1.5 : 0);
                for (int seat = 1; seat <= 20; seat++) {
                    double x = seat + (seat > 10 ? 1.0 : 0); // a centre aisle
                    boolean accessible = row == 7 && (seat == 1 || seat == 20);
                    writer.add(sectionId, LayoutGenerator.label(RowLabels.LETTERS, row), rank, seat, x, y, accessible);
                }
            }
        });
    }

    /** Four stands around the pitch; in full size 60 rows each, 252 seats a row: 60,480 seats. */
    private void stadiumLayout(String eventId, Size size) {
        List<String[]> stands = List.of(
                new String[] {"Arquibancada Norte", "#6A1B9A", "9000"},
                new String[] {"Arquibancada Sul", "#00838F", "9000"},
                new String[] {"Cadeira Leste", "#EF6C00", "18000"},
                new String[] {"Cadeira Oeste", "#AD1457", "22000"});
        int rows = size.stadiumRows;
        int perRow = size.stadiumSeatsPerRow;
        for (int s = 0; s < stands.size(); s++) {
            String sectionId = section(eventId, stands.get(s)[0], stands.get(s)[1], Long.parseLong(stands.get(s)[2]), s);
            int stand = s;
            spots.write(writer -> {
                for (int row = 0; row < rows; row++) {
                    String label = String.valueOf(row + 1);
                    for (int seat = 1; seat <= perRow; seat++) {
                        double along = seat - perRow / 2.0;
                        double out = 40 + row * 0.9;
                        double x;
                        double y;
                        switch (stand) {
                            case 0 -> { x = along * 0.5; y = -out; }
                            case 1 -> { x = -along * 0.5; y = out; }
                            case 2 -> { x = out + 30; y = along * 0.5; }
                            default -> { x = -out - 30; y = -along * 0.5; }
                        }
                        boolean accessible = row == 0 && seat % 42 == 0;
                        writer.add(sectionId, label, row, seat, x, y, accessible);
                    }
                }
            });
        }
    }

    private String session(String eventId, long startsAt) {
        String id = Ids.newId();
        data.insertSession(id, eventId, startsAt);
        inventory.openSession(id, eventId);
        return id;
    }

    private void product(String eventId, String name, long priceCents, int stock) {
        data.insertProduct(Ids.newId(), eventId, name, priceCents, stock);
    }
}
