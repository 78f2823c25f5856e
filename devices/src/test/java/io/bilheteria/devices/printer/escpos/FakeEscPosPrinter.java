package io.bilheteria.devices.printer.escpos;

import io.bilheteria.devices.printer.PrinterStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The printer end of a byte stream: keeps every byte of print data and answers the
 * real-time status requests (DLE EOT 1, 2, 4) as an Epson printer in {@link #status} would,
 * or not at all when {@link #silent}. Status requests are not kept with the print data, so a
 * test can compare the data with the encoder's bytes exactly.
 */
public final class FakeEscPosPrinter implements AutoCloseable {
    private static final int FIXED = 0b0001_0010;

    private final InputStream in;
    private final OutputStream out;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Thread reader;
    private volatile PrinterStatus status = PrinterStatus.READY;
    private volatile boolean silent;
    private volatile byte[] runOutOfPaperAfter;
    private int statusRequests;

    public FakeEscPosPrinter(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
        reader = new Thread(this::readLoop, "fake-escpos-printer");
        reader.setDaemon(true);
        reader.start();
    }

    /** The three bytes an Epson printer answers to DLE EOT 1, 2 and 4 in {@code status}. */
    static int[] answersFor(PrinterStatus status) {
        return switch (status) {
            case READY -> new int[] {FIXED, FIXED, FIXED};
            case PAPER_NEAR_END -> new int[] {FIXED, FIXED, FIXED | 0x0C};
            case COVER_OPEN -> new int[] {FIXED | 0x08, FIXED | 0x04, FIXED};
            case PAPER_OUT -> new int[] {FIXED | 0x08, FIXED | 0x20, FIXED | 0x0C | 0x60};
            case OFFLINE -> new int[] {FIXED | 0x08, FIXED | 0x40, FIXED};
        };
    }

    public void status(PrinterStatus now) {
        status = now;
    }

    /** Answers no status request, like a printer switched off at the end of its cable. */
    public void silent(boolean on) {
        silent = on;
    }

    /** Turns to PAPER_OUT as soon as the print data ends with {@code tail} (e.g. the cut). */
    public void runOutOfPaperAfter(byte[] tail) {
        runOutOfPaperAfter = tail.clone();
    }

    public synchronized byte[] printed() {
        return printed.toByteArray();
    }

    public synchronized int statusRequests() {
        return statusRequests;
    }

    /** Waits until {@code condition} holds, checking every 10 ms, at most 10 s. */
    public void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the fake printer did not get what was expected; printed "
                        + printed().length + " bytes");
            }
            Thread.sleep(10);
        }
    }

    private void readLoop() {
        try {
            int pending = -1; // a DLE waiting to see if EOT follows
            int b;
            while ((b = in.read()) >= 0) {
                if (pending == EscPos.DLE && b == EscPos.EOT) {
                    answer(in.read());
                    pending = -1;
                    continue;
                }
                if (pending >= 0) {
                    keep(pending);
                }
                pending = b == EscPos.DLE ? b : -1;
                if (pending < 0) {
                    keep(b);
                }
            }
        } catch (IOException e) {
            // the other end closed: the printer is unplugged
        }
    }

    private synchronized void keep(int b) {
        printed.write(b);
        byte[] tail = runOutOfPaperAfter;
        if (tail != null && printed.size() >= tail.length) {
            byte[] all = printed.toByteArray();
            if (Arrays.equals(all, all.length - tail.length, all.length, tail, 0, tail.length)) {
                status = PrinterStatus.PAPER_OUT;
            }
        }
    }

    private void answer(int n) throws IOException {
        synchronized (this) {
            statusRequests++;
        }
        if (silent) {
            return;
        }
        int[] answers = answersFor(status);
        int answer = switch (n) {
            case 1 -> answers[0];
            case 2 -> answers[1];
            case 4 -> answers[2];
            default -> throw new IOException("unexpected status request DLE EOT " + n);
        };
        out.write(answer);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        in.close();
        out.close();
    }
}
