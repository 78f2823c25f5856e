package io.bilheteria.boxoffice.gate;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.tickets.TicketVerifier;
import io.bilheteria.boxoffice.offline.SyncSettings;
import io.bilheteria.client.ApiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * How fast a gate decides offline (target: p99 under 30 ms from the scanned text to the
 * verdict). Sells tickets on the real backend in-process, opens a gate that downloads the key
 * and the tickets, stops the backend, then measures:
 * <ol>
 *   <li>signature verifications per second with the shared JDK Ed25519 verifier, on one
 *       thread and on two;</li>
 *   <li>{@link Gate#scan} latency, which adds the local decision and the journal's fsync:
 *       a realistic mix of first entries, replays (ALREADY_USED), forged codes and other
 *       barcodes, after a warm-up.</li>
 * </ol>
 * Run with {@code ./mvnw -B -Pbench -pl boxoffice-app -DskipTests verify (after an install)}.
 */
public final class GateValidationBenchmark {
    private static final int TICKETS = 120;
    private static final int WARM_UP_SCANS = 2_000;
    private static final int MEASURED_SCANS = 5_000;
    private static final Duration VERIFY_FOR = Duration.ofSeconds(5);

    private GateValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("gate-bench");
        try (LocalBackend backend = new LocalBackend()) {
            String session = backend.theatreSessions().get(0);
            List<String> codes = sell(backend, session);
            String key = backend.client().publicKey().publicKey();
            System.out.printf("gate validation benchmark: %d tickets sold, %d cores, %s%n", codes.size(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

            TicketVerifier verifier = TicketVerifier.fromBase64X509(key);
            System.out.printf("verify, 1 thread : %,.0f verifications/s%n", verifyRate(verifier, codes, 1));
            System.out.printf("verify, 2 threads: %,.0f verifications/s%n", verifyRate(verifier, codes, 2));

            try (Gate gate = Gate.open(dir, backend.as("gate"), "bench-1", List.of(session),
                    SyncSettings.defaults().withSyncEvery(Duration.ofHours(1)))) {
                gate.syncNow().get(30, TimeUnit.SECONDS);
                backend.stop();
                List<String> mix = mix(codes, WARM_UP_SCANS + MEASURED_SCANS);
                for (int i = 0; i < WARM_UP_SCANS; i++) {
                    gate.scan(mix.get(i));
                }
                long[] nanos = new long[MEASURED_SCANS];
                Map<Verdict.Result, Integer> results = new EnumMap<>(Verdict.Result.class);
                long start = System.nanoTime();
                for (int i = 0; i < MEASURED_SCANS; i++) {
                    long t0 = System.nanoTime();
                    Verdict verdict = gate.scan(mix.get(WARM_UP_SCANS + i));
                    nanos[i] = System.nanoTime() - t0;
                    results.merge(verdict.result(), 1, Integer::sum);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Arrays.sort(nanos);
                System.out.printf("scan(), offline, journaled with fsync: %d scans %s%n", MEASURED_SCANS, results);
                System.out.printf("  p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %,.0f scans/s on one thread%n",
                        ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6,
                        MEASURED_SCANS / seconds);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Sells about {@link #TICKETS} seats in every section, four at a time, until the target or sold out. */
    /** Sells up to {@value #TICKETS} tickets of the session at the kiosk; the codes, for benchmarks to scan. */
    public static List<String> sell(LocalBackend backend, String session) {
        List<String> codes = new ArrayList<>();
        var kiosk = backend.as("kiosk");
        for (Section section : kiosk.seatMap(session).sections()) {
            while (codes.size() < TICKETS) {
                try {
                    var hold = kiosk.hold(HoldRequest.bestAvailable(session, section.id(), 4));
                    var order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
                    kiosk.pay(order.orderId(), new Card("4111111111111111", "BENCH", 12, 2030,
                            "123")).tickets().forEach(t -> codes.add(t.qr()));
                } catch (ApiException soldOut) {
                    break;
                }
            }
        }
        return codes;
    }

    private static double verifyRate(TicketVerifier verifier, List<String> codes, int threads) throws Exception {
        long[] counts = new long[threads];
        long deadline = System.nanoTime() + VERIFY_FOR.toNanos();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers[t] = new Thread(() -> {
                int i = index;
                while (System.nanoTime() < deadline) {
                    if (verifier.verify(codes.get(i++ % codes.size())).isEmpty()) {
                        throw new IllegalStateException("a real ticket failed to verify");
                    }
                    counts[index]++;
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return Arrays.stream(counts).sum() / (double) VERIFY_FOR.toSeconds();
    }

    /** 70% real tickets (the first scan of each admits, the rest replay), 20% forged, 10% other barcodes. */
    private static List<String> mix(List<String> codes, int size) {
        Random random = new Random(42);
        List<String> mix = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int roll = random.nextInt(10);
            String real = codes.get(random.nextInt(codes.size()));
            if (roll < 7) {
                mix.add(real);
            } else if (roll < 9) {
                mix.add(real.substring(0, real.lastIndexOf('.') + 1) + "A".repeat(86));
            } else {
                mix.add(Long.toString(7_891_000_000_000L + random.nextInt(1_000_000)));
            }
        }
        return mix;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
