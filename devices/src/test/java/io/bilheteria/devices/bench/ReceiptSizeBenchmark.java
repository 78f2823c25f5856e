package io.bilheteria.devices.bench;

import io.bilheteria.devices.printer.PrintableTicket;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.TicketReceipts;
import io.bilheteria.devices.printer.escpos.CodePage;
import io.bilheteria.devices.printer.escpos.EscPosEncoder;
import io.bilheteria.devices.printer.escpos.QrRendering;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * How many bytes a ticket receipt is and how long it takes on a 9600 baud serial line, with
 * the QR code as the printer's native command against the same code as a raster image
 * (GS v 0), in the same run. 8N1 puts 10 bits on the wire per byte (start, 8 data, stop),
 * so 9600 baud carries 960 bytes a second. Not a test: {@code ./mvnw -B -Pbench -pl devices
 * -am -DskipTests verify}.
 */
public final class ReceiptSizeBenchmark {
    private static final int BAUD = 9600;
    private static final int BITS_PER_BYTE_8N1 = 10;
    private static final int ENCODE_RUNS = 2_000;

    private ReceiptSizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TicketReceipts perTicket = new TicketReceipts(ReceiptGrouping.PER_TICKET);
        TicketReceipts perOrder = new TicketReceipts(ReceiptGrouping.PER_ORDER);
        List<PrintableTicket> order = new ArrayList<>();
        for (int seat = 1; seat <= 4; seat++) {
            order.add(ticket(String.valueOf(seat)));
        }
        Receipt oneTicket = perTicket.receiptsFor(order.subList(0, 1)).get(0);
        Receipt fourTickets = perOrder.receiptsFor(order).get(0);
        EscPosEncoder nativeQr = new EscPosEncoder();
        EscPosEncoder rasterQr = new EscPosEncoder(CodePage.PC860, TicketReceipts.COLUMNS_80MM, QrRendering.RASTER);

        System.out.printf("QR payload: %d characters (real shape: BT1.<ticket uuid>.1.<session uuid>.<seat uuid>.<Ed25519 signature>)%n",
                order.get(0).qrPayload().length());
        System.out.println("| receipt | QR as | bytes | at 9600 baud 8N1 | vs native | encode median |");
        System.out.println("|---|---|---|---|---|---|");
        row("one ticket (per-ticket receipt)", oneTicket, nativeQr, rasterQr);
        row("order of 4 tickets (one receipt)", fourTickets, nativeQr, rasterQr);
    }

    private static void row(String name, Receipt receipt, EscPosEncoder nativeQr, EscPosEncoder rasterQr) {
        int nativeBytes = nativeQr.encode(receipt).length;
        int rasterBytes = rasterQr.encode(receipt).length;
        System.out.printf("| %s | native GS ( k | %,d | %.2f s | 1.00 | %s |%n", name, nativeBytes, seconds(nativeBytes),
                medianEncode(nativeQr, receipt));
        System.out.printf("| %s | raster GS v 0 | %,d | %.2f s | %.1fx | %s |%n", name, rasterBytes, seconds(rasterBytes),
                (double) rasterBytes / nativeBytes, medianEncode(rasterQr, receipt));
    }

    private static double seconds(int bytes) {
        return (double) bytes * BITS_PER_BYTE_8N1 / BAUD;
    }

    private static String medianEncode(EscPosEncoder encoder, Receipt receipt) {
        long[] nanos = new long[ENCODE_RUNS];
        for (int i = 0; i < ENCODE_RUNS; i++) {
            long start = System.nanoTime();
            encoder.encode(receipt);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("%.0f µs", nanos[ENCODE_RUNS / 2] / 1_000.0);
    }

    /** A theatre ticket whose QR payload is as long as the backend's: three UUIDs and an Ed25519 signature. */
    private static PrintableTicket ticket(String seat) throws Exception {
        String signedPart = "BT1." + UUID.randomUUID() + ".1." + UUID.randomUUID() + "." + UUID.randomUUID();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        signer.update(signedPart.getBytes(StandardCharsets.US_ASCII));
        String payload = signedPart + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        return new PrintableTicket("O Auto da Compadecida", "Teatro Municipal de São Paulo",
                Instant.parse("2026-03-14T23:00:00Z"), ZoneId.of("America/Sao_Paulo"), "Plateia A", "C", seat, 12000,
                "BRL", "K7Q2M9", payload, 0);
    }
}
