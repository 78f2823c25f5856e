package io.bilheteria.devices.printer.sim;

import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A receipt printer without hardware: each receipt becomes a PNG image, kept in memory (the
 * last {@value #KEPT_RECEIPTS}) and, when given a directory, saved there. Its status can be
 * set to a failure so that apps exercise their paper-out and offline paths: while it cannot
 * print, {@link #print} throws and {@link #status} says why, as a real printer would.
 */
public final class SimulatedPrinter implements ReceiptPrinter {
    public static final int KEPT_RECEIPTS = 20;
    private static final Logger log = LoggerFactory.getLogger(SimulatedPrinter.class);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ReceiptImageRenderer renderer;
    private final Path directory;
    private final Clock clock;
    private final Deque<PrintedReceipt> kept = new ArrayDeque<>();
    private final List<Consumer<PrintedReceipt>> listeners = new CopyOnWriteArrayList<>();
    private volatile PrinterStatus status = PrinterStatus.READY;
    private long printed;

    /** Keeps the images in memory only, on 80 mm paper. */
    public SimulatedPrinter() {
        this(new ReceiptImageRenderer(), null, Clock.systemUTC());
    }

    /** Also saves each image as {@code receipt-<UTC time>-<number>.png} in {@code directory}, created if missing. */
    public SimulatedPrinter(Path directory) {
        this(new ReceiptImageRenderer(), Objects.requireNonNull(directory, "directory"), Clock.systemUTC());
    }

    /** @param directory where to save the images, or null to keep them in memory only */
    public SimulatedPrinter(ReceiptImageRenderer renderer, Path directory, Clock clock) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.directory = directory;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void print(Receipt receipt) throws PrinterException {
        Objects.requireNonNull(receipt, "receipt");
        PrinterStatus now = status;
        if (!now.canPrint()) {
            log.warn("simulated printer refused a receipt: {}", now);
            throw new PrinterException(now);
        }
        byte[] png = renderer.renderPng(receipt);
        Instant at = clock.instant();
        long number = printed + 1;
        Path file = directory == null ? null : save(png, at, number);
        printed = number;
        PrintedReceipt result = new PrintedReceipt(number, at, receipt, png, file);
        kept.addLast(result);
        if (kept.size() > KEPT_RECEIPTS) {
            kept.removeFirst();
        }
        log.info("simulated printer printed {}", result);
        for (Consumer<PrintedReceipt> listener : listeners) {
            try {
                listener.accept(result);
            } catch (RuntimeException e) {
                // the receipt is on paper whatever a viewer does with it
                log.warn("a printed-receipt listener failed", e);
            }
        }
    }

    private Path save(byte[] png, Instant at, long number) throws PrinterException {
        Path file = directory.resolve(String.format("receipt-%s-%03d.png", FILE_TIME.format(at), number));
        try {
            Files.createDirectories(directory);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new PrinterException(PrinterStatus.OFFLINE,
                    "The simulated printer cannot save receipts in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    /** Makes the printer report {@code condition} until reset, e.g. PAPER_OUT to test what the app shows. */
    public void simulate(PrinterStatus condition) {
        status = Objects.requireNonNull(condition, "condition");
        log.info("simulated printer now {}", condition);
    }

    /** Back to READY, as after loading paper or closing the cover. */
    public void reset() {
        simulate(PrinterStatus.READY);
    }

    /** The last receipts printed, oldest first, at most {@value #KEPT_RECEIPTS}. */
    public synchronized List<PrintedReceipt> lastReceipts() {
        return List.copyOf(kept);
    }

    /** Called after every printed receipt, on the thread that printed it (not the UI thread). */
    public void addListener(Consumer<PrintedReceipt> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<PrintedReceipt> listener) {
        listeners.remove(listener);
    }
}
