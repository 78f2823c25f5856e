package io.bilheteria.devices.printer.sim;

import io.bilheteria.devices.printer.Receipt;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A receipt the simulated printer has "printed": the document and the PNG image of the paper. */
public final class PrintedReceipt {
    private final long number;
    private final Instant printedAt;
    private final Receipt receipt;
    private final byte[] png;
    private final Path file;

    PrintedReceipt(long number, Instant printedAt, Receipt receipt, byte[] png, Path file) {
        this.number = number;
        this.printedAt = Objects.requireNonNull(printedAt);
        this.receipt = Objects.requireNonNull(receipt);
        this.png = png.clone();
        this.file = file;
    }

    /** Counts the receipts of one simulated printer from 1, in print order. */
    public long number() {
        return number;
    }

    public Instant printedAt() {
        return printedAt;
    }

    public Receipt receipt() {
        return receipt;
    }

    /** The paper as a PNG image; a JavaFX {@code Image} reads it from a {@code ByteArrayInputStream}. */
    public byte[] png() {
        return png.clone();
    }

    /** Where the PNG was saved, when the printer saves to a directory. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public String toString() {
        return "PrintedReceipt[#" + number + " at " + printedAt + file().map(f -> " in " + f).orElse("") + "]";
    }
}
